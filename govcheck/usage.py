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

from govcheck.i18n import N_, Texts

from .document.load_text import os_reason
from .terms import LANGS, known

USAGE_TEXT = Texts({
    "usage": N_("Usage:"),
    "try": N_("Try '{command} {option}' for help."),
    "error": N_("Error: {message}"),
    "no_option": N_("No such option {name}."),
    "no_command": N_("No such command {name}."),
    "did_you_mean": N_("(Did you mean {names}?)"),
    "or": N_("or"),
    "missing_argument": N_("Missing argument {name}."),
    "missing_option": N_("Missing option {name}."),
    "invalid": N_("Invalid value for {name}: {detail}"),
    "needs_value": N_("Option {name} requires an argument."),
    "not_one_of": N_("{value} is not one of {choices}."),
    "not_in_range": N_("{value} is not in the range {range}."),
    "not_whole": N_("{value} is not a valid integer."),
    "not_date": N_("{value} is not a date (YYYY-MM-DD)"),
    "path_missing": N_("{path} does not exist."),
    "path_is_dir": N_("{path} is a directory."),
    "path_is_file": N_("{path} is a file."),
    "other": N_("{detail}"),
    "missing_command": N_("Missing command."),
    "no_such_path": N_("no such file or directory: {path}"),
    "unknown_rule": N_("unknown rule {rule}; `govcheck rules` lists them"),
    "needs_output": N_("--format {format} needs --output FILE"),
    "nothing": N_("{path}: no goal documents found{extra}; nothing was checked (--allow-empty "
                  "accepts that)"),
    "nothing_skipped": N_(" ({n} YAML files skipped: not goal documents)"),
    "overwrite": N_("{path}: refusing to write over an input file"),
    "exists": N_("{path} exists already; govcheck init never overwrites a file"),
    "one_output": N_("-o takes one input and excludes --in-place"),
    "migrate_objective_category": N_("{path}: risks given `objective_category: null`: format 1 "
                                     "could not state the objective category, format 2 can; fill "
                                     "it in"),
    "migrate_instructions": N_("{path}: `instructions: null` added: format 1 could not refer to "
                               "the instructions (the main instruction), format 2 can; fill them "
                               "in"),
    "memory": N_("govcheck: out of memory"),
    "interrupted": N_("govcheck: interrupted (Ctrl-C); no verdict"),
})

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
