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

from govcheck.i18n import N_, Texts, gettext

from ..terms import LANGS

LOAD_TEXT = Texts({
    "cannot_read": N_("cannot read file: {reason}"),
    "cannot_read_directory": N_("cannot read directory: {reason}"),
    "special": N_("not a regular file ({kind}); goal documents are text files"),
    "too_big": N_("file is {size} bytes, over the limit of {limit} bytes (max-file-size)"),
    "over_limit": N_("file is over the limit of {limit} bytes"),
    "utf16": N_("file is UTF-16; save it as UTF-8"),
    "nul": N_("NUL byte in file; goal documents are text"),
    "utf8": N_("invalid UTF-8"),
    "merge": N_("merge key << needs a mapping or a list of mappings"),
    "duplicate": N_("duplicate key {key}"),
    "bad_tagged": N_("value {value} is not a valid !!{kind}"),
    "tag": N_("tag {tag} is not allowed; use plain YAML values"),
    "collection_key": N_("a mapping key must be a plain value, not a collection"),
    "deep": N_("nesting deeper than {depth} levels"),
    "no_anchor": N_("alias *{name} names no anchor"),
    "self_alias": N_("alias *{name} refers to itself"),
    "alias_bomb": N_("aliases expand to more than {limit} nodes"),
    "two_documents": N_("more than one YAML document in the file"),
    "syntax": N_("YAML syntax error: {problem}"),
    "control": N_("control character #x{code} is not allowed in YAML"),
    "yaml": N_("YAML error: {problem}"),
    "empty": N_("the file is empty; a goal document is a mapping"),
    "not_mapping": N_("a goal document must be a mapping at the top level"),
    "timeout": N_("govcheck stopped after {seconds} s (max-seconds-per-document); the document "
                  "was not checked"),
    "memory": N_("govcheck stopped at {mib} MiB of memory after {seconds} s "
                 "(max-memory-per-document); the document was not checked"),
    "crash": N_("internal error: the rule engine crashed on this document"),
    "baseline_unreadable": N_("cannot read baseline: {reason}"),
    "baseline_utf8": N_("baseline is not UTF-8 text"),
    "baseline_json": N_("baseline is not valid JSON: {problem}"),
    "baseline_invalid": N_("invalid baseline: {problem}"),
    "baseline_deep": N_("nested too deeply"),
    "baseline_number": N_("a number too long to read"),
    "baseline_format": N_("not a govcheck baseline (expected \"format\": \"{format}\")"),
    "baseline_version": N_("baseline version {found} is not supported (this govcheck reads "
                           "version {version})"),
    "baseline_key": N_("unknown key {key}"),
    "baseline_written": N_("\"written\" must be a date (YYYY-MM-DD)"),
    "baseline_findings": N_("\"findings\" must be a list"),
    "entry_object": N_("findings[{index}] must be an object"),
    "entry_key": N_("findings[{index}] has unknown key {key}"),
    "entry_text": N_("findings[{index}].{key} must be a text"),
    "entry_params": N_("findings[{index}].params must map names to texts"),
    "entry_count": N_("findings[{index}].count must be a whole number ≥ 1"),
})

# What a special file is (the "special" text), and what the system says when a file
# cannot be opened, for the reasons a user meets; any other reason is the system's own.
KINDS = Texts({
    "directory": N_("a directory"),
    "fifo": N_("a FIFO"),
    "character": N_("a character device"),
    "block": N_("a block device"),
    "socket": N_("a socket"),
    "special": N_("a special file"),
})
# The system's own words (strerror) for the errors a reader meets most, as message ids:
# nb and nn translate them, English keeps what the system said.
REASONS = {errno.ENOENT: N_("No such file or directory"), errno.EACCES: N_("Permission denied"),
           errno.ELOOP: N_("Too many levels of symbolic links"),
           errno.EISDIR: N_("Is a directory"), errno.ENOTDIR: N_("Not a directory"),
           errno.ENOSPC: N_("No space left on device"), errno.EDQUOT: N_("Disk quota exceeded"),
           errno.EFBIG: N_("File too large"), errno.EROFS: N_("Read-only file system")}


def os_reason(error: OSError) -> dict:
    """What the system said, per language; English is the system's own words."""
    own = error.strerror or str(error)
    said = REASONS.get(error.errno)
    return {lang: gettext(lang, said) if said and lang != "en" else own for lang in LANGS}


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
