"""Usage errors and the CLI's own one-line errors in nb, nn and en.

Click says its usage errors in English. `translated` turns the common ones (unknown
option or command, missing argument, invalid value, option without its value) into
the reader's language, and keeps click's own frame and exit code 2; English keeps
click's words. The language is --lang, read from the arguments as given (they could
not be parsed, that is the error), else nb. Click itself is not patched: cli.py's
command group calls this where click raises.
"""

from __future__ import annotations

import re

import click

from .document.load_text import os_reason
from .terms import LANGS, known

USAGE_TEXT = {
    "nb": {
        "usage": "Bruk:", "try": "Prøv '{command} {option}' for hjelp.", "error": "Feil: {message}",
        "no_option": "ukjent valg {name}", "no_command": "ukjent kommando {name}",
        "did_you_mean": "(mente du {names}?)", "or": "eller",
        "missing_argument": "mangler argumentet {name}", "missing_option": "mangler valget {name}",
        "invalid": "ugyldig verdi for {name}: {detail}",
        "needs_value": "valget {name} trenger en verdi",
        "not_one_of": "{value} er ikke blant {choices}",
        "not_in_range": "{value} er utenfor området {range}",
        "not_whole": "{value} er ikke et heltall",
        "not_date": "{value} er ikke en dato (ÅÅÅÅ-MM-DD)",
        "path_missing": "{path} finnes ikke", "path_is_dir": "{path} er en mappe",
        "path_is_file": "{path} er en fil",
        "other": "«{detail}»", "missing_command": "mangler kommando",
        "no_such_path": "finner ikke filen eller mappen {path}",
        "unknown_rule": "ukjent regel {rule}; `govcheck rules` viser dem",
        "needs_output": "--format {format} trenger --output FIL",
        "nothing": "{path}: fant ingen styringsdokumenter{extra}; ingenting ble kontrollert "
                   "(--allow-empty godtar det)",
        "nothing_skipped": " ({n} YAML-filer hoppet over: ikke styringsdokumenter)",
        "overwrite": "{path}: vil ikke skrive over en inndatafil",
        "exists": "{path} finnes allerede; govcheck init skriver aldri over en fil",
        "one_output": "-o tar én inndatafil og kan ikke brukes med --in-place",
        "migrate_objective_category": "{path}: risikoene har fått `objective_category: null`: "
                                      "format 1 kunne ikke oppgi målkategorien, format 2 kan; "
                                      "fyll den inn",
        "migrate_instructions": "{path}: `instructions: null` lagt til: format 1 kunne ikke "
                                "vise til instruksene (hovedinstruksen), format 2 kan; "
                                "fyll dem inn",
        "memory": "govcheck: ikke nok minne",
        "interrupted": "govcheck: avbrutt (Ctrl-C); ingen konklusjon",
    },
    "nn": {
        "usage": "Bruk:", "try": "Prøv '{command} {option}' for hjelp.", "error": "Feil: {message}",
        "no_option": "ukjend val {name}", "no_command": "ukjend kommando {name}",
        "did_you_mean": "(meinte du {names}?)", "or": "eller",
        "missing_argument": "manglar argumentet {name}", "missing_option": "manglar valet {name}",
        "invalid": "ugyldig verdi for {name}: {detail}",
        "needs_value": "valet {name} treng ein verdi",
        "not_one_of": "{value} er ikkje mellom {choices}",
        "not_in_range": "{value} er utanfor området {range}",
        "not_whole": "{value} er ikkje eit heiltal",
        "not_date": "{value} er ikkje ein dato (ÅÅÅÅ-MM-DD)",
        "path_missing": "{path} finst ikkje", "path_is_dir": "{path} er ei mappe",
        "path_is_file": "{path} er ei fil",
        "other": "«{detail}»", "missing_command": "manglar kommando",
        "no_such_path": "finn ikkje fila eller mappa {path}",
        "unknown_rule": "ukjend regel {rule}; `govcheck rules` viser dei",
        "needs_output": "--format {format} treng --output FIL",
        "nothing": "{path}: fann ingen styringsdokument{extra}; ingenting vart kontrollert "
                   "(--allow-empty godtek det)",
        "nothing_skipped": " ({n} YAML-filer hoppa over: ikkje styringsdokument)",
        "overwrite": "{path}: vil ikkje skrive over ei inndatafil",
        "exists": "{path} finst allereie; govcheck init skriv aldri over ei fil",
        "one_output": "-o tek éi inndatafil og kan ikkje brukast med --in-place",
        "migrate_objective_category": "{path}: risikoane har fått `objective_category: null`: "
                                      "format 1 kunne ikkje oppgi målkategorien, format 2 kan; "
                                      "fyll han inn",
        "migrate_instructions": "{path}: `instructions: null` lagt til: format 1 kunne ikkje "
                                "vise til instruksane (hovudinstruksen), format 2 kan; "
                                "fyll dei inn",
        "memory": "govcheck: ikkje nok minne",
        "interrupted": "govcheck: avbrote (Ctrl-C); ingen konklusjon",
    },
    "en": {
        "usage": "Usage:", "try": "Try '{command} {option}' for help.",
        "error": "Error: {message}",
        "no_option": "No such option {name}.", "no_command": "No such command {name}.",
        "did_you_mean": "(Did you mean {names}?)", "or": "or",
        "missing_argument": "Missing argument {name}.", "missing_option": "Missing option {name}.",
        "invalid": "Invalid value for {name}: {detail}",
        "needs_value": "Option {name} requires an argument.",
        "not_one_of": "{value} is not one of {choices}.",
        "not_in_range": "{value} is not in the range {range}.",
        "not_whole": "{value} is not a valid integer.",
        "not_date": "{value} is not a date (YYYY-MM-DD)",
        "path_missing": "{path} does not exist.", "path_is_dir": "{path} is a directory.",
        "path_is_file": "{path} is a file.",
        "other": "{detail}", "missing_command": "Missing command.",
        "no_such_path": "no such file or directory: {path}",
        "unknown_rule": "unknown rule {rule}; `govcheck rules` lists them",
        "needs_output": "--format {format} needs --output FILE",
        "nothing": "{path}: no goal documents found{extra}; nothing was checked "
                   "(--allow-empty accepts that)",
        "nothing_skipped": " ({n} YAML files skipped: not goal documents)",
        "overwrite": "{path}: refusing to write over an input file",
        "exists": "{path} exists already; govcheck init never overwrites a file",
        "one_output": "-o takes one input and excludes --in-place",
        "migrate_objective_category": "{path}: risks given `objective_category: null`: format 1 "
                                      "could not state the objective category, format 2 can; "
                                      "fill it in",
        "migrate_instructions": "{path}: `instructions: null` added: format 1 could not refer "
                                "to the instructions (the main instruction), format 2 can; "
                                "fill them in",
        "memory": "govcheck: out of memory",
        "interrupted": "govcheck: interrupted (Ctrl-C); no verdict",
    },
}

# click's English details of an invalid value, and the text that says each in nb/nn
_DETAILS = (
    (r"(?P<value>.+) is not one of (?P<choices>.+)\.", "not_one_of"),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "not_in_range"),
    (r"(?P<value>.+) is not a valid integer(?: range)?\.", "not_whole"),
    (r"(?P<value>.+) is not a date \(YYYY-MM-DD\)", "not_date"),
    (r"(?:File|Directory|Path) (?P<path>.+) does not exist\.", "path_missing"),
    (r"(?:File|Directory|Path) (?P<path>.+) is a directory\.", "path_is_dir"),
    (r"(?:File|Directory|Path) (?P<path>.+) is a file\.", "path_is_file"),
)


def say(key: str, lang: str | None, **values) -> str:
    return USAGE_TEXT[known(lang)][key].format(**values)


class Said(click.UsageError):
    """A usage error of govcheck's own, in every language; str() is English."""

    def __init__(self, key: str, ctx=None, **values):
        self.texts = {lang: say(key, lang, **values) for lang in LANGS}
        super().__init__(self.texts["en"], ctx)


class _Shown(click.UsageError):
    """A usage error already said in nb or nn: click's frame, our words."""

    def __init__(self, message: str, lang: str, original: click.UsageError):
        super().__init__(message, original.ctx)
        self.lang = lang

    def show(self, file=None) -> None:
        words = USAGE_TEXT[self.lang]
        if self.ctx is not None:
            usage = self.ctx.get_usage()
            usage = words["usage"] + usage[usage.index(":") + 1:] if ":" in usage else usage
            option = max(self.ctx.command.get_help_option_names(self.ctx), key=len)
            hint = words["try"].format(command=self.ctx.command_path, option=option)
            click.echo(f"{usage}\n{hint}\n", err=True, color=self.ctx.color)
        click.echo(words["error"].format(message=self.message), err=True)


def lang_in(args) -> str | None:
    """The value of --lang among raw command-line arguments, when it is one we know."""
    args = list(args)
    for index, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            args[index + 1] if arg == "--lang" and index + 1 < len(args) else None)
        if value in LANGS:
            return value
    return None


def translated(error: click.UsageError, lang: str | None) -> click.UsageError:
    """`error` as the reader of `lang` (nb when None) should see it."""
    lang = known(lang)
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        return error  # the help itself, already in the reader's language (cli_help.py)
    if isinstance(error, Said):
        return error if lang == "en" else _Shown(error.texts[lang], lang, error)
    if lang == "en":
        return error
    return _Shown(_message(error, lang), lang, error)


def _message(error: click.UsageError, lang: str) -> str:
    ctx = error.ctx
    if isinstance(error, (click.NoSuchOption, getattr(click, "NoSuchCommand", ()))):
        name = getattr(error, "option_name", None) or getattr(error, "command_name", "")
        key = "no_option" if isinstance(error, click.NoSuchOption) else "no_command"
        text = say(key, lang, name=repr(name))
        if error.possibilities:
            names = f" {say('or', lang)} ".join(repr(p) for p in error.possibilities)
            text += " " + say("did_you_mean", lang, names=names)
        return text
    if isinstance(error, click.MissingParameter) and error.param is not None:
        key = "missing_argument" if error.param.param_type_name == "argument" else \
            "missing_option"
        return say(key, lang, name=error.param.get_error_hint(ctx))
    if isinstance(error, click.BadParameter):
        hint = error.param.get_error_hint(ctx) if error.param is not None else "?"
        return say("invalid", lang, name=hint, detail=_detail(error.message, lang))
    if isinstance(error, click.BadOptionUsage):
        found = re.fullmatch(r"Option (?P<name>.+) requires an argument\.", error.message)
        if found:
            return say("needs_value", lang, name=found["name"])
    if error.message == "Missing command.":
        return say("missing_command", lang)
    return say("other", lang, detail=error.message)


def _detail(message: str, lang: str) -> str:
    for pattern, key in _DETAILS:
        found = re.fullmatch(pattern, message)
        if found:
            return say(key, lang, **found.groupdict())
    return say("other", lang, detail=message)


def os_failure(error: OSError, lang: str | None) -> str:
    """A failure of the machine (an output that cannot be written, say), on one line."""
    where = f"{error.filename}: " if error.filename else ""
    return f"govcheck: {where}{os_reason(error)[known(lang)]}"
