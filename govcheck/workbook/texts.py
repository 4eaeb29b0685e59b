"""Why a workbook or a results table could not be read, in nb, nn and en.

As the YAML loader's texts (document/load_text.py): the run picks one language (--lang,
else nb), the English text is the error's own str(). Sheet names, headers and the choices
of a column are said as the workbook has them; what zipfile or openpyxl says itself stays
a quoted detail.
"""

from __future__ import annotations

WORKBOOK_TEXT = {
    "nb": {
        # the file as a whole (guard.py, before any XML is read)
        "encrypted_ole": "en kryptert eller gammel (.xls) arbeidsbok; lagre den ukryptert "
                         "som .xlsx",
        "xlsm": "en arbeidsbok med makroer (.xlsm) leses ikke; lagre den som .xlsx",
        "not_zip": "ikke en .xlsx-arbeidsbok (ikke et zip-arkiv)",
        "bad_zip": "ikke en lesbar .xlsx-arbeidsbok («{reason}»)",
        "parts": "{count} deler i arkivet, over grensen på {limit}",
        "unpacked": "pakkes ut til {size} byte, over grensen på {limit}",
        "zip_bomb": "delen {part} pakkes ut til {ratio} ganger sin pakkede størrelse: "
                    "avvist som en mulig zip-bombe",
        "part_bound": "delen {part} pakkes ut til {size} byte, over grensen på {limit} "
                      "({factor} × max-file-size)",
        "encrypted_zip": "et kryptert arkiv; lagre arbeidsboken ukryptert som .xlsx",
        "macros": "arbeidsboken har makroer; lagre den som en vanlig .xlsx uten makroer",
        "duplicate_part": "arbeidsboken har delen {part} to ganger, så det er uklart hvilken "
                          "som gjelder; lagre den på nytt i et regneark",
        "no_workbook_xml": "ikke en .xlsx-arbeidsbok (xl/workbook.xml mangler)",
        "unreadable": "ikke en lesbar .xlsx-arbeidsbok ({reason})",
        # sheets and headers (grid.py, reader.py)
        "rows": "over {limit} rader, grensen for et ark",
        "row_order": "rad {row} står etter en senere rad i arkets XML; lagre arbeidsboken på "
                     "nytt i et regneark",
        "bad_ref": "cellen har den ugyldige adressen «{ref}»",
        "strings": "tabellen over delte tekster har mer innhold enn grensen på {limit} byte "
                   "(max-file-size) tillater; hver tekst teller lengden sin pluss {weight}",
        "content": "arbeidsboken har mer innhold enn grensen på {limit} byte (max-file-size) "
                   "tillater; hver celle teller teksten sin pluss {weight}; lesingen stoppet her",
        "columns": "over {limit} kolonner, grensen for et ark",
        "unknown_sheet": "ukjent ark «{sheet}»: en govcheck-arbeidsbok har arkene som "
                         "`govcheck export` skriver; gi det navnet tilbake, eller la navnet på "
                         "ditt eget ark begynne med x-",
        "sheet_twice": "arket «{sheet}» gjentar «{first}»",
        "missing_sheet": "arket «{sheet}» mangler; alle arkene `govcheck export` skriver, må "
                         "være med",
        "merged": "sammenslåtte celler {ref}: del dem opp, hver verdi trenger sin egen celle",
        "value_without_field": "en verdi uten feltnavn",
        "unknown_field": "ukjent felt «{name}»; behold navnene `govcheck export` skriver, "
                         "eller la dine egne begynne med x-",
        "field_twice": "feltet «{name}» igjen (første gang i rad {row})",
        "inside_whole": "«{path}» inne i en del som ikke er oppgitt som helhet",
        "no_header": "en kolonne med verdier, men uten overskrift",
        "unknown_column": "ukjent kolonne «{text}»; kolonnene i dette arket er {names} (og "
                          "dine egne, som begynner med x-)",
        "column_twice": "kolonnen «{text}» står to ganger",
        "expected_column": "her skal kolonnen «{name}» stå",
        "no_period": "en kolonne med verdier, men uten periode",
        "period_twice": "perioden «{period}» står to ganger",
        "part_whole": "rader for «{path}», men det første arket oppgir den delen som helhet",
        "list_whole": "rader for «{path}», men det første arket oppgir den som helhet",
        "item_whole": "rader for «{path}», men elementets egen rad oppgir den som helhet",
        "no_parent": "ingen id for elementet over: skriv id-en til elementet raden hører under",
        "no_item_at": "ingen rad på plassen {value}",
        "no_item_id": "ingen rad i arket «{sheet}» har id-en «{id}»",
        "many_items_id": "mer enn én rad i arket «{sheet}» har id-en «{id}»",
        # one cell (cells.py)
        "time_of_day": "en dato med klokkeslett ({value})",
        "a_time": "et klokkeslett ({value}), ikke en verdi",
        "not_finite": "ikke et endelig tall",
        "bad_json": "teksten etter json: er ikke gyldig JSON",
        "deep_json": "verdien etter json: er nestet i mer enn {depth} nivåer",
        "text_in_number": "teksten «{text}» i en tallkolonne; skriv et tall",
        "text_in_bool": "teksten «{text}» i en ja/nei-kolonne; velg SANN eller USANN",
        "not_date": "«{text}» er ikke en dato; skriv en dato som 31.12.2015",
        "unknown_word": "«{text}» er ikke et av valgene i denne kolonnen; velg {choices}",
        # a table of results (results.py)
        "table_empty": "tabellen er tom",
        "csv_bad": "linjen kan ikke leses som CSV (et felt over {limit} tegn, eller et "
                   "anførselstegn som ikke er lukket)",
        "no_indicator_column": "ingen kolonne for styringsparameteren (Styringsparameter, Id "
                               "eller Navn)",
        "period_without_value": "en kolonne Periode, men ingen kolonne Verdi",
        "no_periods": "ingen kolonne Periode, og ingen perioder som kolonneoverskrifter",
        # results merged into a YAML document's text (merge_text.py, commands.py)
        "merge_flow": "styringsparameteren er skrevet på én linje ({{…}}); før inn "
                      "resultatene for hånd",
        "merge_yaml": "ikke lesbar YAML («{problem}»)",
        "merge_not_plain": "resultatet {indicator} {period} er ikke skrevet som en enkel "
                           "verdi; endre det for hånd",
        "merge_breaks": "flettingen ville ødelagt filen («{problem}»); ingenting skrevet",
        "merge_differs": "flettingen ville ikke blitt lest tilbake som tenkt; ingenting "
                         "skrevet",
    },
    "nn": {
        "encrypted_ole": "ei kryptert eller gammal (.xls) arbeidsbok; lagre ho ukryptert "
                         "som .xlsx",
        "xlsm": "ei arbeidsbok med makroar (.xlsm) blir ikkje lesen; lagre ho som .xlsx",
        "not_zip": "ikkje ei .xlsx-arbeidsbok (ikkje eit zip-arkiv)",
        "bad_zip": "ikkje ei lesbar .xlsx-arbeidsbok («{reason}»)",
        "parts": "{count} delar i arkivet, over grensa på {limit}",
        "unpacked": "blir pakka ut til {size} byte, over grensa på {limit}",
        "zip_bomb": "delen {part} blir pakka ut til {ratio} gonger den pakka storleiken: "
                    "avvist som ei mogleg zip-bombe",
        "part_bound": "delen {part} vert pakka ut til {size} byte, over grensa på {limit} "
                      "({factor} × max-file-size)",
        "encrypted_zip": "eit kryptert arkiv; lagre arbeidsboka ukryptert som .xlsx",
        "macros": "arbeidsboka har makroar; lagre ho som ei vanleg .xlsx utan makroar",
        "duplicate_part": "arbeidsboka har delen {part} to gonger, så det er uklart kva for "
                          "ein som gjeld; lagre ho på nytt i eit rekneark",
        "no_workbook_xml": "ikkje ei .xlsx-arbeidsbok (xl/workbook.xml manglar)",
        "unreadable": "ikkje ei lesbar .xlsx-arbeidsbok ({reason})",
        "rows": "over {limit} rader, grensa for eit ark",
        "row_order": "rad {row} står etter ei seinare rad i XML-en til arket; lagre "
                     "arbeidsboka på nytt i eit rekneark",
        "bad_ref": "cella har den ugyldige adressa «{ref}»",
        "strings": "tabellen over delte tekstar har meir innhald enn grensa på {limit} byte "
                   "(max-file-size) tillèt; kvar tekst tel lengda si pluss {weight}",
        "content": "arbeidsboka har meir innhald enn grensa på {limit} byte (max-file-size) "
                   "tillèt; kvar celle tel teksten sin pluss {weight}; lesinga stoppa her",
        "columns": "over {limit} kolonnar, grensa for eit ark",
        "unknown_sheet": "ukjend ark «{sheet}»: ei govcheck-arbeidsbok har arka som "
                         "`govcheck export` skriv; gi det namnet tilbake, eller la namnet på "
                         "ditt eige ark byrje med x-",
        "sheet_twice": "arket «{sheet}» gjentek «{first}»",
        "missing_sheet": "arket «{sheet}» manglar; alle arka `govcheck export` skriv, må "
                         "vere med",
        "merged": "samanslåtte celler {ref}: del dei opp, kvar verdi treng si eiga celle",
        "value_without_field": "ein verdi utan feltnamn",
        "unknown_field": "ukjend felt «{name}»; behald namna `govcheck export` skriv, "
                         "eller la dine eigne byrje med x-",
        "field_twice": "feltet «{name}» igjen (første gong i rad {row})",
        "inside_whole": "«{path}» inne i ein del som ikkje er oppgitt som heilskap",
        "no_header": "ein kolonne med verdiar, men utan overskrift",
        "unknown_column": "ukjend kolonne «{text}»; kolonnane i dette arket er {names} (og "
                          "dine eigne, som byrjar med x-)",
        "column_twice": "kolonnen «{text}» står to gonger",
        "expected_column": "her skal kolonnen «{name}» stå",
        "no_period": "ein kolonne med verdiar, men utan periode",
        "period_twice": "perioden «{period}» står to gonger",
        "part_whole": "rader for «{path}», men det første arket oppgir den delen som "
                      "heilskap",
        "list_whole": "rader for «{path}», men det første arket oppgir han som heilskap",
        "item_whole": "rader for «{path}», men den eigne rada til elementet oppgir han som "
                      "heilskap",
        "no_parent": "ingen id for elementet over: skriv id-en til elementet rada høyrer under",
        "no_item_at": "inga rad på plassen {value}",
        "no_item_id": "inga rad i arket «{sheet}» har id-en «{id}»",
        "many_items_id": "meir enn éi rad i arket «{sheet}» har id-en «{id}»",
        "time_of_day": "ein dato med klokkeslett ({value})",
        "a_time": "eit klokkeslett ({value}), ikkje ein verdi",
        "not_finite": "ikkje eit endeleg tal",
        "bad_json": "teksten etter json: er ikkje gyldig JSON",
        "deep_json": "verdien etter json: er nesta i meir enn {depth} nivå",
        "text_in_number": "teksten «{text}» i ein talkolonne; skriv eit tal",
        "text_in_bool": "teksten «{text}» i ein ja/nei-kolonne; vel SANN eller USANN",
        "not_date": "«{text}» er ikkje ein dato; skriv ein dato som 31.12.2015",
        "unknown_word": "«{text}» er ikkje eitt av vala i denne kolonnen; vel {choices}",
        "table_empty": "tabellen er tom",
        "csv_bad": "linja kan ikkje lesast som CSV (eit felt over {limit} teikn, eller eit "
                   "hermeteikn som ikkje er lukka)",
        "no_indicator_column": "ingen kolonne for styringsparameteren (Styringsparameter, Id "
                               "eller Namn)",
        "period_without_value": "ein kolonne Periode, men ingen kolonne Verdi",
        "no_periods": "ingen kolonne Periode, og ingen periodar som kolonneoverskrifter",
        "merge_flow": "styringsparameteren er skriven på éi linje ({{…}}); før inn "
                      "resultata for hand",
        "merge_yaml": "ikkje lesbar YAML («{problem}»)",
        "merge_not_plain": "resultatet {indicator} {period} er ikkje skrive som ein enkel "
                           "verdi; endre det for hand",
        "merge_breaks": "flettinga ville øydelagt fila («{problem}»); ingenting skrive",
        "merge_differs": "flettinga ville ikkje blitt lesen tilbake som tenkt; ingenting "
                         "skrive",
    },
    "en": {
        "encrypted_ole": "an encrypted or old-format (.xls) workbook; save it unencrypted "
                         "as .xlsx",
        "xlsm": "a macro-enabled workbook (.xlsm) is not read; save it as .xlsx",
        "not_zip": "not an .xlsx workbook (not a zip archive)",
        "bad_zip": "not a readable .xlsx workbook ({reason})",
        "parts": "{count} parts in the archive, over the limit of {limit}",
        "unpacked": "unpacks to {size} bytes, over the limit of {limit}",
        "zip_bomb": "part {part} unpacks to {ratio} times its packed size: refused as a "
                    "possible zip bomb",
        "part_bound": "part {part} unpacks to {size} bytes, over its limit of {limit} "
                      "({factor} × max-file-size)",
        "encrypted_zip": "an encrypted archive; save the workbook unencrypted as .xlsx",
        "macros": "the workbook holds macros; save it as a plain .xlsx without macros",
        "duplicate_part": "the workbook holds the part {part} twice, so which one counts is "
                          "unclear; save it again from a spreadsheet program",
        "no_workbook_xml": "not an .xlsx workbook (no xl/workbook.xml)",
        "unreadable": "not a readable .xlsx workbook ({reason})",
        "rows": "over {limit} rows, the limit for a sheet",
        "row_order": "row {row} comes after a later row in the sheet's XML; save the workbook "
                     "again in a spreadsheet",
        "bad_ref": "the cell has the invalid address «{ref}»",
        "strings": "the shared-string table holds more content than the bound of {limit} "
                   "bytes (max-file-size) allows; each text counts its length plus {weight}",
        "content": "the workbook holds more content than the bound of {limit} bytes "
                   "(max-file-size) allows; each cell counts its text plus {weight}; reading "
                   "stopped here",
        "columns": "over {limit} columns, the limit for a sheet",
        "unknown_sheet": "unknown sheet «{sheet}»: a govcheck workbook has the sheets that "
                         "`govcheck export` writes; rename it back, or start your own sheet's "
                         "name with x-",
        "sheet_twice": "sheet «{sheet}» repeats «{first}»",
        "missing_sheet": "sheet «{sheet}» is missing; every sheet of `govcheck export` must "
                         "be there",
        "merged": "merged cells {ref}: unmerge them, every value needs a cell of its own",
        "value_without_field": "a value without a field name",
        "unknown_field": "unknown field «{name}»; keep the names `govcheck export` writes, "
                         "or start your own with x-",
        "field_twice": "field «{name}» again (first in row {row})",
        "inside_whole": "«{path}» inside a part that is not stated as a whole",
        "no_header": "a column with values but no header",
        "unknown_column": "unknown column «{text}»; this sheet's columns are {names} (and "
                          "your own, starting with x-)",
        "column_twice": "column «{text}» appears twice",
        "expected_column": "expected the column «{name}» here",
        "no_period": "a column with values but no period",
        "period_twice": "period «{period}» appears twice",
        "part_whole": "rows for «{path}», but the first sheet states that part as a whole",
        "list_whole": "rows for «{path}», but the first sheet states it as a whole",
        "item_whole": "rows for «{path}», but the item's own row states it as a whole",
        "no_parent": "no item named: give the id of the row's parent",
        "no_item_at": "no item at {value}",
        "no_item_id": "no item on sheet «{sheet}» has the id «{id}»",
        "many_items_id": "more than one item on sheet «{sheet}» has the id «{id}»",
        "time_of_day": "a date with a time of day ({value})",
        "a_time": "a time ({value}), not a value",
        "not_finite": "not a finite number",
        "bad_json": "text after json: is not valid JSON",
        "deep_json": "the value after json: is nested more than {depth} levels deep",
        "text_in_number": "text «{text}» in a number column; type a number",
        "text_in_bool": "text «{text}» in a yes/no column; use TRUE or FALSE",
        "not_date": "«{text}» is not a date; type a date such as 31.12.2015",
        "unknown_word": "«{text}» is not one of this column's values; choose {choices}",
        "table_empty": "the table is empty",
        "csv_bad": "the line cannot be read as CSV (a field over {limit} characters, or a "
                   "quote left open)",
        "no_indicator_column": "no column for the styringsparameter (Styringsparameter, Id "
                               "or Navn)",
        "period_without_value": "a Periode column but no Verdi column",
        "no_periods": "no Periode column, and no periods as column headers",
        "merge_flow": "the indicator is written on one line ({{…}}); add its results by "
                      "hand",
        "merge_yaml": "not readable YAML ({problem})",
        "merge_not_plain": "the result {indicator} {period} is not written as a plain value; "
                           "change it by hand",
        "merge_breaks": "the merge would break the file ({problem}); nothing written",
        "merge_differs": "the merge would not read back as intended; nothing written",
    },
}
