"""Run every benchmark in bench/ with its default options (``make bench``).

Each bench_*.py script is standalone and documents its own options; this runner
only calls them in turn so one command measures everything. Results are printed;
docs/PERFORMANCE.md records the numbers quoted for a release.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
