"""What is wrong with a package, said so a trainer can find and fix it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem: the file (relative to the package), the line (or None) and why."""

    file: str
    line: int | None
    message: str

    def __str__(self):
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class PackageInvalid(Exception):
    """The package was refused; nothing was changed. ``problems`` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class Problems:
    """Collects problems while a package is read, so one run reports them all."""

    def __init__(self):
        self.items = []

    def add(self, file, line, message):
        self.items.append(Problem(file, line, str(message)))

    def raise_if_any(self):
        if self.items:
            raise PackageInvalid(self.items)

    def __bool__(self):
        return bool(self.items)
