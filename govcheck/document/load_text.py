"""Why an input file could not be read, in nb, nn and en: goal documents, any YAML file
govcheck reads, baselines, and the bounds a document is checked within.

These errors come before a document's language is known, so each LoadError carries
its message in every language and the run picks one (--lang, else nb). The English
texts are the error's own str(), as a library's exceptions are. What the parser or
the operating system says itself (libyaml's problem, JSON's complaint) stays as a
quoted detail inside a Norwegian frame.
"""

from __future__ import annotations

import errno

from ..terms import LANGS

LOAD_TEXT = {
    "nb": {
        "cannot_read": "kan ikke lese filen: {reason}",
        "cannot_read_directory": "kan ikke lese mappen: {reason}",
        "special": "ikke en vanlig fil ({kind}); styringsdokumenter er tekstfiler",
        "too_big": "filen er på {size} byte, over grensen på {limit} byte (max-file-size)",
        "over_limit": "filen er over grensen på {limit} byte",
        "utf16": "filen er UTF-16; lagre den som UTF-8",
        "nul": "NUL-tegn i filen; styringsdokumenter er tekst",
        "utf8": "ugyldig UTF-8",
        "merge": "flettenøkkelen << trenger en samling felt eller en liste over slike",
        "duplicate": "feltet {key} står to ganger",
        "bad_tagged": "verdien {value} er ikke en gyldig !!{kind}",
        "tag": "taggen {tag} er ikke tillatt; bruk vanlige YAML-verdier",
        "collection_key": "et felt må ha et enkelt navn, ikke en liste eller samling",
        "deep": "nøstet dypere enn {depth} nivåer",
        "no_anchor": "aliaset *{name} viser ikke til noe anker",
        "self_alias": "aliaset *{name} viser til seg selv",
        "alias_bomb": "aliasene blir til mer enn {limit} noder",
        "two_documents": "mer enn ett YAML-dokument i filen",
        "syntax": "YAML-syntaksfeil: «{problem}»",
        "control": "kontrolltegnet #x{code} er ikke tillatt i YAML",
        "yaml": "YAML-feil: «{problem}»",
        "empty": "filen er tom; et styringsdokument er en samling felt",
        "not_mapping": "et styringsdokument må være en samling felt på øverste nivå",
        "timeout": "govcheck stoppet etter {seconds} s (max-seconds-per-document); "
                   "dokumentet ble ikke kontrollert",
        "memory": "govcheck stoppet ved {mib} MiB minne etter {seconds} s "
                  "(max-memory-per-document); dokumentet ble ikke kontrollert",
        "crash": "intern feil: regelmotoren krasjet på dette dokumentet",
        "baseline_unreadable": "kan ikke lese grunnlinjen: {reason}",
        "baseline_utf8": "grunnlinjen er ikke UTF-8-tekst",
        "baseline_json": "grunnlinjen er ikke gyldig JSON: «{problem}»",
        "baseline_invalid": "ugyldig grunnlinje: {problem}",
        "baseline_deep": "nøstet for dypt",
        "baseline_number": "et tall som er for langt til å leses",
        "baseline_format": 'ikke en govcheck-grunnlinje (ventet "format": "{format}")',
        "baseline_version": "grunnlinjeversjon {found} støttes ikke (denne govcheck leser "
                            "versjon {version})",
        "baseline_key": "ukjent felt {key}",
        "baseline_written": '"written" må være en dato (ÅÅÅÅ-MM-DD)',
        "baseline_findings": '"findings" må være en liste',
        "entry_object": "findings[{index}] må være et objekt",
        "entry_key": "findings[{index}] har det ukjente feltet {key}",
        "entry_text": "findings[{index}].{key} må være en tekst",
        "entry_params": "findings[{index}].params må knytte navn til tekster",
        "entry_count": "findings[{index}].count må være et helt tall ≥ 1",
    },
    "nn": {
        "cannot_read": "kan ikkje lese fila: {reason}",
        "cannot_read_directory": "kan ikkje lese mappa: {reason}",
        "special": "ikkje ei vanleg fil ({kind}); styringsdokument er tekstfiler",
        "too_big": "fila er på {size} byte, over grensa på {limit} byte (max-file-size)",
        "over_limit": "fila er over grensa på {limit} byte",
        "utf16": "fila er UTF-16; lagre ho som UTF-8",
        "nul": "NUL-teikn i fila; styringsdokument er tekst",
        "utf8": "ugyldig UTF-8",
        "merge": "flettenøkkelen << treng ei samling felt eller ei liste over slike",
        "duplicate": "feltet {key} står to gonger",
        "bad_tagged": "verdien {value} er ikkje ein gyldig !!{kind}",
        "tag": "taggen {tag} er ikkje tillaten; bruk vanlege YAML-verdiar",
        "collection_key": "eit felt må ha eit enkelt namn, ikkje ei liste eller samling",
        "deep": "nøsta djupare enn {depth} nivå",
        "no_anchor": "aliaset *{name} viser ikkje til noko anker",
        "self_alias": "aliaset *{name} viser til seg sjølv",
        "alias_bomb": "aliasa blir til meir enn {limit} nodar",
        "two_documents": "meir enn eitt YAML-dokument i fila",
        "syntax": "YAML-syntaksfeil: «{problem}»",
        "control": "kontrollteiknet #x{code} er ikkje tillate i YAML",
        "yaml": "YAML-feil: «{problem}»",
        "empty": "fila er tom; eit styringsdokument er ei samling felt",
        "not_mapping": "eit styringsdokument må vere ei samling felt på øvste nivå",
        "timeout": "govcheck stoppa etter {seconds} s (max-seconds-per-document); "
                   "dokumentet vart ikkje kontrollert",
        "memory": "govcheck stoppa ved {mib} MiB minne etter {seconds} s "
                  "(max-memory-per-document); dokumentet vart ikkje kontrollert",
        "crash": "intern feil: regelmotoren krasja på dette dokumentet",
        "baseline_unreadable": "kan ikkje lese grunnlinja: {reason}",
        "baseline_utf8": "grunnlinja er ikkje UTF-8-tekst",
        "baseline_json": "grunnlinja er ikkje gyldig JSON: «{problem}»",
        "baseline_invalid": "ugyldig grunnlinje: {problem}",
        "baseline_deep": "nøsta for djupt",
        "baseline_number": "eit tal som er for langt til å lesast",
        "baseline_format": 'ikkje ei govcheck-grunnlinje (venta "format": "{format}")',
        "baseline_version": "grunnlinjeversjon {found} er ikkje støtta (denne govcheck les "
                            "versjon {version})",
        "baseline_key": "ukjend felt {key}",
        "baseline_written": '"written" må vere ein dato (ÅÅÅÅ-MM-DD)',
        "baseline_findings": '"findings" må vere ei liste',
        "entry_object": "findings[{index}] må vere eit objekt",
        "entry_key": "findings[{index}] har det ukjende feltet {key}",
        "entry_text": "findings[{index}].{key} må vere ein tekst",
        "entry_params": "findings[{index}].params må knyte namn til tekstar",
        "entry_count": "findings[{index}].count må vere eit heilt tal ≥ 1",
    },
    "en": {
        "cannot_read": "cannot read file: {reason}",
        "cannot_read_directory": "cannot read directory: {reason}",
        "special": "not a regular file ({kind}); goal documents are text files",
        "too_big": "file is {size} bytes, over the limit of {limit} bytes (max-file-size)",
        "over_limit": "file is over the limit of {limit} bytes",
        "utf16": "file is UTF-16; save it as UTF-8",
        "nul": "NUL byte in file; goal documents are text",
        "utf8": "invalid UTF-8",
        "merge": "merge key << needs a mapping or a list of mappings",
        "duplicate": "duplicate key {key}",
        "bad_tagged": "value {value} is not a valid !!{kind}",
        "tag": "tag {tag} is not allowed; use plain YAML values",
        "collection_key": "a mapping key must be a plain value, not a collection",
        "deep": "nesting deeper than {depth} levels",
        "no_anchor": "alias *{name} names no anchor",
        "self_alias": "alias *{name} refers to itself",
        "alias_bomb": "aliases expand to more than {limit} nodes",
        "two_documents": "more than one YAML document in the file",
        "syntax": "YAML syntax error: {problem}",
        "control": "control character #x{code} is not allowed in YAML",
        "yaml": "YAML error: {problem}",
        "empty": "the file is empty; a goal document is a mapping",
        "not_mapping": "a goal document must be a mapping at the top level",
        "timeout": "govcheck stopped after {seconds} s (max-seconds-per-document); "
                   "the document was not checked",
        "memory": "govcheck stopped at {mib} MiB of memory after {seconds} s "
                  "(max-memory-per-document); the document was not checked",
        "crash": "internal error: the rule engine crashed on this document",
        "baseline_unreadable": "cannot read baseline: {reason}",
        "baseline_utf8": "baseline is not UTF-8 text",
        "baseline_json": "baseline is not valid JSON: {problem}",
        "baseline_invalid": "invalid baseline: {problem}",
        "baseline_deep": "nested too deeply",
        "baseline_number": "a number too long to read",
        "baseline_format": 'not a govcheck baseline (expected "format": "{format}")',
        "baseline_version": "baseline version {found} is not supported (this govcheck reads "
                            "version {version})",
        "baseline_key": "unknown key {key}",
        "baseline_written": '"written" must be a date (YYYY-MM-DD)',
        "baseline_findings": '"findings" must be a list',
        "entry_object": "findings[{index}] must be an object",
        "entry_key": "findings[{index}] has unknown key {key}",
        "entry_text": "findings[{index}].{key} must be a text",
        "entry_params": "findings[{index}].params must map names to texts",
        "entry_count": "findings[{index}].count must be a whole number ≥ 1",
    },
}

# What a special file is (the "special" text), and what the system says when a file
# cannot be opened, for the reasons a user meets; any other reason is the system's own.
KINDS = {
    "nb": {"directory": "en mappe", "fifo": "en FIFO", "character": "en tegnenhet",
           "block": "en blokkenhet", "socket": "en socket", "special": "en spesialfil"},
    "nn": {"directory": "ei mappe", "fifo": "ein FIFO", "character": "ei teikneining",
           "block": "ei blokkeining", "socket": "ein socket", "special": "ei spesialfil"},
    "en": {"directory": "a directory", "fifo": "a FIFO", "character": "a character device",
           "block": "a block device", "socket": "a socket", "special": "a special file"},
}
REASONS = {
    "nb": {errno.ENOENT: "finnes ikke", errno.EACCES: "ingen tilgang",
           errno.ELOOP: "for mange nivåer av symbolske lenker",
           errno.EISDIR: "er en mappe", errno.ENOTDIR: "en del av stien er ikke en mappe",
           errno.ENOSPC: "ingen plass igjen på disken", errno.EDQUOT: "diskkvoten er brukt opp",
           errno.EFBIG: "filen blir større enn grensen for filstørrelse",
           errno.EROFS: "filsystemet er skrivebeskyttet"},
    "nn": {errno.ENOENT: "finst ikkje", errno.EACCES: "inga tilgang",
           errno.ELOOP: "for mange nivå av symbolske lenkjer",
           errno.EISDIR: "er ei mappe", errno.ENOTDIR: "ein del av stien er ikkje ei mappe",
           errno.ENOSPC: "ingen plass att på disken", errno.EDQUOT: "diskkvoten er brukt opp",
           errno.EFBIG: "fila blir større enn grensa for filstorleik",
           errno.EROFS: "filsystemet er skriveverna"},
}


def os_reason(error: OSError) -> dict:
    """What the system said, per language; English is the system's own words."""
    own = error.strerror or str(error)
    return {lang: REASONS.get(lang, {}).get(error.errno, own) for lang in LANGS}


def load_texts(text_key: str, /, **values) -> dict:
    """The text `text_key` in every language. A value that is a {lang: text} mapping is said
    in each language; a whole number is written as that language writes numbers
    (English keeps digits alone, as it always has)."""
    return texts_of(LOAD_TEXT, text_key, values)


def texts_of(table: dict, text_key: str, values: dict) -> dict:
    """`load_texts` for any table of the same shape ({lang: {key: text}})."""
    from ..numbers import number

    texts = {}
    for lang in LANGS:
        shown = {}
        for name, value in values.items():
            if isinstance(value, dict):
                value = value[lang]
            elif isinstance(value, int) and not isinstance(value, bool) and lang != "en":
                value = number(value, lang)
            shown[name] = value
        texts[lang] = table[lang][text_key].format(**shown)
    return texts
