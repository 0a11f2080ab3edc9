"""QR codes for certificates: ``qrcode``'s encoding with a fast mask choice.

An encoder tries all eight mask patterns and keeps the one with the lowest penalty
(ISO/IEC 18004, 7.8.3), which keeps scanners happy. ``qrcode`` builds and scores each
candidate module by module in Python, which costs more than the whole time budget of
a certificate. Here ``qrcode`` still does what it does well — choosing the version and
computing the data and error-correction codewords — while the eight candidates are
built as one integer per row (``function | (data ^ mask)``) from layouts cached per
version, and scored with regular expressions and bit operations. The code produced
is the one ``qrcode`` would produce (tests compare the two module by module).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_M

ERROR_CORRECTION = ERROR_CORRECT_M

_RUNS = re.compile(r"0{5,}|1{5,}")
# 1:1:3:1:1 finder-like pattern with four light modules on either side; a
# lookahead counts overlapping windows, as the reference scorer does.
_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")
_DARK_RUNS = re.compile(r"1+")


class _Snapshot(qrcode.QRCode):
    """Lets ``qrcode`` draw the function patterns, then keeps them instead of the data."""

    def map_data(self, data, mask_pattern):
        self.snapshot = [list(row) for row in self.modules]


def _row_bits(row) -> int:
    """A row of modules as an integer: bit ``c`` is column ``c`` (dark = 1)."""
    return sum(1 << col for col, cell in enumerate(row) if cell)


@lru_cache(maxsize=64)
def _function_rows(version: int, error_correction: int, mask: int, test: bool):
    """Finder, timing, alignment, format and version modules, and the data cells."""
    code = _Snapshot(version=version, error_correction=error_correction, border=0)
    code.data_cache = b""
    code.makeImpl(test, mask)
    modules = code.snapshot
    dark = tuple(_row_bits(row) for row in modules)
    free = tuple(sum(1 << col for col, cell in enumerate(row) if cell is None) for row in modules)
    return dark, free, modules


@lru_cache(maxsize=64)
def _placement(version: int):
    """Data module positions in placement order (ISO/IEC 18004, 7.7.3): two-column zig-zag."""
    _dark, _free, modules = _function_rows(version, ERROR_CORRECTION, 0, True)
    count = len(modules)
    positions = []
    step, row = -1, count - 1
    for col in range(count - 1, 0, -2):
        if col <= 6:
            col -= 1  # skip the vertical timing pattern
        while True:
            positions.extend((row, c) for c in (col, col - 1) if modules[row][c] is None)
            row += step
            if row < 0 or row >= count:
                row -= step
                step = -step
                break
    return tuple(positions)


@lru_cache(maxsize=512)
def _mask_rows(version: int, mask: int):
    """The cells a mask pattern flips, limited to the data area."""
    _dark, free, modules = _function_rows(version, ERROR_CORRECTION, 0, True)
    flips = util.mask_func(mask)
    return tuple(
        sum(1 << col for col in range(len(modules)) if flips(row, col)) & free[row]
        for row in range(len(modules))
    )


def _strings(rows, count):
    return [format(row, f"0{count}b")[::-1] for row in rows]


def penalty(rows, count: int) -> int:
    """The mask penalty of a symbol given as row integers (as ``qrcode.util.lost_point``)."""
    row_strings = _strings(rows, count)
    columns = ["".join(column) for column in zip(*row_strings, strict=True)]
    # One text for all rows and columns: the separator ends every run and pattern.
    text = "|".join(row_strings + columns)
    score = sum(len(run) - 2 for run in _RUNS.findall(text))
    # 2 × 2 blocks of one colour: 3 points each.
    full = (1 << count) - 1
    for upper, lower in itertools.pairwise(rows):
        same_vertically = ~(upper ^ lower) & full
        same_horizontally = ~(upper ^ (upper >> 1)) & (full >> 1)
        blocks = same_vertically & (same_vertically >> 1) & same_horizontally
        score += 3 * blocks.bit_count()
    score += 40 * len(_FINDER_LIKE.findall(text))
    dark = sum(row.bit_count() for row in rows)
    score += int(abs(dark * 100 / count**2 - 50) / 5) * 10
    return score


def _data_rows(version, codewords):
    rows = [0] * (version * 4 + 17)
    bits = int.from_bytes(bytes(codewords), "big")
    total = len(codewords) * 8
    for index, (row, col) in enumerate(_placement(version)[:total]):
        if bits >> (total - 1 - index) & 1:
            rows[row] |= 1 << col
    return rows


def _symbol(version, data_rows, mask, test):
    dark, _free, _modules = _function_rows(version, ERROR_CORRECTION, mask, test)
    return [
        function | (data ^ flips)
        for function, data, flips in zip(dark, data_rows, _mask_rows(version, mask), strict=True)
    ]


def symbol(data: str) -> tuple[list[int], int]:
    """A QR code for ``data`` (error correction M) as (row integers, modules a side)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=0)
    code.add_data(data)
    version = code.best_fit()
    data_rows = _data_rows(version, util.create_data(version, ERROR_CORRECTION, code.data_list))
    count = version * 4 + 17
    # Like qrcode, masks are scored with the format information left light.
    best = min(range(8), key=lambda mask: penalty(_symbol(version, data_rows, mask, True), count))
    return _symbol(version, data_rows, best, False), count


def matrix(data: str) -> list[list[bool]]:
    """The modules of ``symbol(data)`` as rows of booleans (no quiet zone)."""
    rows, count = symbol(data)
    return [[bool(row >> col & 1) for col in range(count)] for row in rows]


def dark_runs(rows, count):
    """(row, first column, length) of every horizontal run of dark modules."""
    for y, line in enumerate(_strings(rows, count)):
        for run in _DARK_RUNS.finditer(line):
            yield y, run.start(), run.end() - run.start()
