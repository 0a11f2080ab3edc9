"""Nothing assumes one process: no state kept between requests in a module, no lock
on a local file, and what a thread uses it does not share.

Web nodes, gunicorn workers and Celery workers each run their own copy of every
module; shared state lives in PostgreSQL or Redis. The AST checks below fail when a
module of the apps gains a ``global`` statement, a module-level container that its
functions mutate, or a file lock; per-process caches of pure functions
(``functools.lru_cache`` over immutable inputs) are fine and not flagged.
"""

import ast
import threading
from pathlib import Path

import pytest

from learning.forms import practice

ROOT = Path(__file__).resolve().parents[2]
APPS = ("config", "home", "courses", "learning", "certificates", "compliance")
MUTATORS = {"append", "add", "update", "setdefault", "extend", "insert", "pop", "clear"}
MUTABLE_CALLS = {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque"}
FILE_LOCKS = {"fcntl", "filelock", "portalocker", "lockfile"}


def _modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _module_level_mutables(tree):
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            value = node.value
            mutable = isinstance(value, ast.Dict | ast.List | ast.Set) or (
                isinstance(value, ast.Call)
                and getattr(value.func, "id", getattr(value.func, "attr", None)) in MUTABLE_CALLS
            )
            if mutable:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _problems(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    mutables = _module_level_mutables(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found.append(f"{path}:{node.lineno}: global {', '.join(node.names)}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [alias.name for alias in node.names] + [getattr(node, "module", "") or ""]
            for module in modules:
                if module.split(".")[0] in FILE_LOCKS:
                    found.append(f"{path}:{node.lineno}: file lock module {module}")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                target = None
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
                    if inner.func.attr in MUTATORS:
                        target = inner.func.value
                elif isinstance(inner, ast.Assign | ast.AugAssign | ast.Delete):
                    targets = getattr(inner, "targets", None) or [getattr(inner, "target", None)]
                    for item in targets:
                        if isinstance(item, ast.Subscript):
                            target = item.value
                if isinstance(target, ast.Name) and target.id in mutables:
                    local = {a.arg for a in node.args.args + node.args.kwonlyargs} | {
                        t.id
                        for n in ast.walk(node)
                        if isinstance(n, ast.Assign)
                        for t in n.targets
                        if isinstance(t, ast.Name)
                    }
                    if target.id not in local:
                        found.append(f"{path}:{inner.lineno}: {node.name} mutates {target.id}")
    return found


def test_no_module_keeps_state_between_requests_or_locks_a_local_file():
    problems = [problem for path in _modules() for problem in _problems(path)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import fcntl\n"
        "SEEN = {}\n"
        "COUNT = 0\n"
        "def remember(key):\n"
        "    SEEN[key] = True\n"
        "def count():\n"
        "    global COUNT\n"
        "    COUNT += 1\n"
        "def fine(items):\n"
        "    seen = {}\n"
        "    seen['a'] = 1\n"
    )
    problems = _problems(sample)
    assert len(problems) == 3, problems
    assert any("file lock" in p for p in problems)
    assert any("remember mutates SEEN" in p for p in problems)
    assert any("global COUNT" in p for p in problems)


@pytest.mark.parametrize("threads", [8])
def test_learner_html_is_cleaned_correctly_from_many_threads_at_once(threads):
    inputs = [
        f'<p>Jawaban {n} <a href="https://contoh.go.id/{n}" onclick="x()">tautan</a>'
        f"<script>alert({n})</script><em>penting</em></p>"
        for n in range(50)
    ]
    expected = [practice.clean_learner_html(text) for text in inputs]
    barrier = threading.Barrier(threads)
    results, cleaners = [], []  # the cleaners themselves: their ids stay unique

    def work():
        barrier.wait(timeout=10)
        cleaners.append(practice._cleaner())
        for _ in range(4):
            results.append([practice.clean_learner_html(text) for text in inputs])

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()

    assert all(result == expected for result in results) and len(results) == threads * 4
    assert len({id(cleaner) for cleaner in cleaners}) == threads  # one per thread
    assert "script" not in expected[0] and "onclick" not in expected[0]
