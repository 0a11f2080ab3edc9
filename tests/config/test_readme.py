"""What a newcomer reads matches what is there: every demo account and every make
target the README should name, and no make target that does not exist."""

import re
from pathlib import Path

from learning.management.commands.load_demo import DEMO_ACCOUNTS, PASSWORD

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
MAKEFILE = (ROOT / "Makefile").read_text()
# Steps of `make run`, not commands a reader needs.
INTERNAL_TARGETS = {"install", "migrate", "demo", "serve"}


def phony_targets():
    return re.search(r"^\.PHONY:(.*)$", MAKEFILE, re.MULTILINE).group(1).split()


def test_readme_lists_every_demo_account_and_the_password():
    for account in DEMO_ACCOUNTS:
        assert f"| {account.email} |" in README, account.email
    assert PASSWORD in README


def test_every_phony_make_target_has_a_rule():
    rules = set(re.findall(r"^([a-z][\w-]*):(?!=)", MAKEFILE, re.MULTILINE))
    assert set(phony_targets()) <= rules


def test_readme_names_every_make_target_a_reader_uses():
    for target in set(phony_targets()) - INTERNAL_TARGETS:
        assert f"make {target}" in README, target


def test_readme_says_how_to_stop_make_run_and_change_its_port():
    assert "Ctrl+C" in README
    assert "make run PORT=8080" in README
    assert re.search(r"^serve:.*\n\t.*runserver \$\(HOST\):\$\(PORT\)$", MAKEFILE, re.MULTILINE)
