"""Spreadsheet-formula safety for exported cells (CSV and XLSX alike).

A cell beginning with = + - @, a tab or a carriage return is read by Excel and
LibreOffice as a formula; a name typed as "=HYPERLINK(...)" in a roster would run
on the admin's machine. Such cells get a leading single quote. One small function
so it can be swapped for the project's shared helper when that lands.
"""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
