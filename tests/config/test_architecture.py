"""The dependency rules of docs/ARCHITECTURE.md, checked by import-linter.

The contracts live in pyproject.toml. One test runs them on the project; the other
runs the same contracts on a small tree that breaks them on purpose, which shows
the check can fail (a contract that can never fail guards nothing).
"""

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(cwd, config):
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
    )


def test_project_keeps_every_import_contract():
    result = _lint_imports(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "BROKEN" not in result.stdout


def _config_for(tmp_path, apps):
    """The project's own contracts, with ``root_packages`` set to the fixture's apps."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    lines = ["[tool.importlinter]", f"root_packages = {json.dumps(apps)}"]
    for contract in config["contracts"]:
        lines.append("[[tool.importlinter.contracts]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in contract.items()]
    path = tmp_path / "contracts.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_contracts_catch_an_app_that_breaks_the_rules(tmp_path):
    """courses importing learning, a new app reaching into learning.models, an app
    importing config, and a cycle: each contract reports its own violation."""
    _write(
        tmp_path,
        {
            "config/__init__.py": "",
            "config/settings.py": "",
            "home/__init__.py": "",
            "home/models.py": "import config.settings\n",
            "courses/__init__.py": "",
            "courses/models.py": "import learning.models\n",
            "learning/__init__.py": "",
            "learning/api.py": "import learning.models\n",
            "learning/models.py": "import learning.tasks\n",
            "learning/tasks.py": "import learning.models\n",
            "certificates/__init__.py": "",
            "certificates/models.py": "import learning.api\nimport learning.models\n",
            "compliance/__init__.py": "",
            "compliance/models.py": "import learning.api\n",
        },
    )
    apps = ["config", "home", "courses", "learning", "certificates", "compliance"]
    result = _lint_imports(tmp_path, _config_for(tmp_path, apps))
    assert result.returncode != 0
    out = result.stdout
    assert "courses.models -> learning.models" in out
    assert "certificates.models -> learning.models" in out
    assert "compliance.models -> learning.api" not in out  # the public module is allowed
    assert "home.models -> config.settings" in out
    assert "No import cycles between the modules of an app BROKEN" in out
