"""Why a workbook or a results table could not be read, in nb, nn and en.

As the YAML loader's texts (document/load_text.py): the run picks one language (--lang,
else nb), the English text is the error's own str(). Sheet names, headers and the choices
of a column are said as the workbook has them; what zipfile or openpyxl says itself stays
a quoted detail.
"""

from __future__ import annotations

from govcheck.i18n import N_, NP_, Texts

WORKBOOK_TEXT = Texts({
    "encrypted_ole": N_("an encrypted or old-format (.xls) workbook; save it unencrypted as .xlsx"),
    "xlsm": N_("a macro-enabled workbook (.xlsm) is not read; save it as .xlsx"),
    "not_zip": N_("not an .xlsx workbook (not a zip archive)"),
    "bad_zip": N_("not a readable .xlsx workbook ({reason})"),
    "parts": N_("{count} parts in the archive, over the limit of {limit}"),
    "unpacked": N_("unpacks to {size} bytes, over the limit of {limit}"),
    "zip_bomb": N_("part {part} unpacks to {ratio} times its packed size: refused as a possible "
                   "zip bomb"),
    "part_bound": N_("part {part} unpacks to {size} bytes, over its limit of {limit} ({factor} × "
                     "max-file-size)"),
    "encrypted_zip": N_("an encrypted archive; save the workbook unencrypted as .xlsx"),
    "macros": N_("the workbook holds macros; save it as a plain .xlsx without macros"),
    "no_workbook_xml": N_("not an .xlsx workbook (no xl/workbook.xml)"),
    "unreadable": NP_("WORKBOOK_TEXT.unreadable", "not a readable .xlsx workbook ({reason})"),
    "rows": N_("over {limit} rows, the limit for a sheet"),
    "row_order": N_("row {row} comes after a later row in the sheet's XML; save the workbook "
                    "again in a spreadsheet"),
    "bad_ref": N_("the cell has the invalid address «{ref}»"),
    "strings": N_("the shared-string table holds more content than the bound of {limit} bytes "
                  "(max-file-size) allows; each text counts its length plus {weight}"),
    "content": N_("the workbook holds more content than the bound of {limit} bytes "
                  "(max-file-size) allows; each cell counts its text plus {weight}; reading "
                  "stopped here"),
    "columns": N_("over {limit} columns, the limit for a sheet"),
    "unknown_sheet": N_("unknown sheet «{sheet}»: a govcheck workbook has the sheets that "
                        "`govcheck export` writes; rename it back, or start your own sheet's "
                        "name with x-"),
    "sheet_twice": N_("sheet «{sheet}» repeats «{first}»"),
    "missing_sheet": N_("sheet «{sheet}» is missing; every sheet of `govcheck export` must be "
                        "there"),
    "merged": N_("merged cells {ref}: unmerge them, every value needs a cell of its own"),
    "value_without_field": N_("a value without a field name"),
    "unknown_field": N_("unknown field «{name}»; keep the names `govcheck export` writes, or "
                        "start your own with x-"),
    "field_twice": N_("field «{name}» again (first in row {row})"),
    "inside_whole": N_("«{path}» inside a part that is not stated as a whole"),
    "no_header": N_("a column with values but no header"),
    "unknown_column": N_("unknown column «{text}»; this sheet's columns are {names} (and your "
                         "own, starting with x-)"),
    "column_twice": N_("column «{text}» appears twice"),
    "expected_column": N_("expected the column «{name}» here"),
    "no_period": N_("a column with values but no period"),
    "period_twice": N_("period «{period}» appears twice"),
    "part_whole": N_("rows for «{path}», but the first sheet states that part as a whole"),
    "list_whole": N_("rows for «{path}», but the first sheet states it as a whole"),
    "item_whole": N_("rows for «{path}», but the item's own row states it as a whole"),
    "no_parent": N_("no item named: give the id of the row's parent"),
    "no_item_at": N_("no item at {value}"),
    "no_item_id": N_("no item on sheet «{sheet}» has the id «{id}»"),
    "many_items_id": N_("more than one item on sheet «{sheet}» has the id «{id}»"),
    "time_of_day": N_("a date with a time of day ({value})"),
    "a_time": N_("a time ({value}), not a value"),
    "not_finite": N_("not a finite number"),
    "bad_json": N_("text after json: is not valid JSON"),
    "text_in_number": N_("text «{text}» in a number column; type a number"),
    "text_in_bool": N_("text «{text}» in a yes/no column; use TRUE or FALSE"),
    "not_date": N_("«{text}» is not a date; type a date such as 31.12.2015"),
    "unknown_word": N_("«{text}» is not one of this column's values; choose {choices}"),
    "table_empty": N_("the table is empty"),
    "no_indicator_column": N_("no column for the styringsparameter (Styringsparameter, Id or "
                              "Navn)"),
    "period_without_value": N_("a Periode column but no Verdi column"),
    "no_periods": N_("no Periode column, and no periods as column headers"),
    "merge_flow": N_("the indicator is written on one line ({{…}}); add its results by hand"),
    "merge_yaml": N_("not readable YAML ({problem})"),
    "merge_not_plain": N_("the result {indicator} {period} is not written as a plain value; "
                          "change it by hand"),
    "merge_breaks": N_("the merge would break the file ({problem}); nothing written"),
    "merge_differs": N_("the merge would not read back as intended; nothing written"),
})
