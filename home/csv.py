"""Every CSV the platform writes goes through here, so no cell is read as a formula.

A spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or
a tab or carriage return before one, or their full-width forms) as a formula: a
learner named ``=HYPERLINK(...)`` would otherwise put a live link or command into
the file an admin opens. ``safe_cell`` prefixes such text with an apostrophe, which
spreadsheets show as plain text (the OWASP "CSV injection" advice). Numbers, dates
and empty values pass unchanged.

``writer`` and ``dict_writer`` wrap the standard library's writers; the platform's
code calls them instead of ``csv.writer`` (a test checks). Wagtail's spreadsheet
export (snippet viewsets and the admin's reports) writes its CSV through
``dict_writer`` as well: see ``stream_safe_csv`` and ``home.apps``.
"""

import csv

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """``value`` as a spreadsheet shows it as text: ``'=1+1`` for ``=1+1``."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class _SafeWriter:
    """``csv.writer`` whose every cell goes through ``safe_cell``."""

    def __init__(self, csv_writer):
        self._writer = csv_writer

    @property
    def dialect(self):
        return self._writer.dialect

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class _SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose every cell goes through ``safe_cell``."""

    def writerow(self, rowdict):
        return super().writerow({key: safe_cell(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


def writer(csvfile, *args, **kwargs):
    """Like ``csv.writer``, with every cell neutralised by ``safe_cell``."""
    return _SafeWriter(csv.writer(csvfile, *args, **kwargs))


def dict_writer(csvfile, fieldnames, *args, **kwargs):
    """Like ``csv.DictWriter``, with every cell neutralised by ``safe_cell``."""
    return _SafeDictWriter(csvfile, fieldnames, *args, **kwargs)


def stream_safe_csv(view, queryset):
    """Wagtail's ``SpreadsheetExportMixin.stream_csv``, written through ``dict_writer``.

    Same rows as Wagtail's own (heading, then ``write_csv_row`` per item), so
    subclasses that shape rows keep working; only the writer differs.
    """
    from wagtail.admin.views.mixins import Echo

    out = dict_writer(Echo(), fieldnames=view.list_export)
    yield out.writerow({field: view.get_heading(queryset, field) for field in view.list_export})
    for item in queryset:
        yield view.write_csv_row(out, view.to_row_dict(item))
