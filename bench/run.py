"""Run every benchmark in bench/ with its default options (``make bench``).

Each bench_*.py script is standalone and documents its own options; this runner
only calls them in turn so one command measures everything. Results are printed;
docs/PERFORMANCE.md records the numbers quoted for a release.

``bench_http.py`` serves a bare Wagtail site and this project with gunicorn and loads
them with ``wrk`` (Debian's package) side by side: learner pages against the bare page.

The national compliance benchmark generates 4.3 million roster staff (several
minutes of generation on a 2-core machine); it runs only when asked:
``NATIONAL=1`` (``make bench NATIONAL=1``).
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ON_REQUEST = {"bench_compliance_national.py": "NATIONAL"}


def main():
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        switch = ON_REQUEST.get(script.name)
        if switch and os.environ.get(switch, "") in ("", "0"):
            print(f"\n=== {script.name} skipped (set {switch}=1 to run it)", flush=True)
            continue
        print(f"\n=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
