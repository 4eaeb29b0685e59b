"""`--help` in the reader's language: nb, nn or en.

The language is --lang among the arguments as given, else nb: the rule usage errors
follow (usage.py), and they point the reader to --help. The locale is not read, so a
command prints the same help on every machine (CI logs, docs, tests).

Each command's and option's help is written once, in English, where click has it (cli.py,
workbook/commands.py, marked N_ for the catalogs); nb and nn are its translations in
govcheck/locale/ (docs/translating.md).
"""

from __future__ import annotations

import click

from govcheck.i18n import N_, Texts

from .i18n import gettext
from .terms import known
from .usage import USAGE_TEXT

# click's own words around the help texts; show_default texts by their English words
FRAME = Texts({
    "options": N_("Options"),
    "commands": N_("Commands"),
    "help": N_("Show this message and exit."),
    "default": N_("default"),
    "required": N_("required"),
    "next year": N_("next year"),
    "number of cores": N_("number of cores"),
})

def _lang(ctx: click.Context) -> str:
    return known(ctx.meta.get("govcheck.lang"))


def command_key(ctx: click.Context) -> str:
    """`check`, `rules test`; `govcheck` for the top command."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.command.name)
        ctx = ctx.parent
    return " ".join(reversed(names)) or "govcheck"


def option_text(key: str, param: click.Option, lang: str) -> str:
    """An option's help: `command.option`, else the shared `*.option`; none for an option
    click shows without help."""
    return gettext(lang, param.help) if param.help else ""


class Help:
    """Mixed into govcheck's click commands and groups: usage line, text, options and
    subcommands in the reader's language (click's own layout and wrapping)."""

    def format_usage(self, ctx, formatter) -> None:
        prefix = USAGE_TEXT[_lang(ctx)]["usage"] + " "
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix)

    def format_help_text(self, ctx, formatter) -> None:
        text = gettext(_lang(ctx), self.help) if self.help else self.help
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_options(self, ctx, formatter) -> None:
        lang, key = _lang(ctx), command_key(ctx)
        rows = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
            if record is not None:
                text = FRAME[lang]["help"] if param is self.get_help_option(ctx) else \
                    option_text(key, param, lang)
                rows.append((record[0], _with_extras(text, param.get_help_extra(ctx), lang)))
        if rows:
            with formatter.section(FRAME[lang]["options"]):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx, formatter) -> None:
        lang = _lang(ctx)
        shown = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        shown = [(name, command) for name, command in shown if command and not command.hidden]
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        rows = [(name, click.Command(name, help=gettext(lang, command.help) if command.help
                                     else command.help).get_short_help_str(limit))
                for name, command in shown]
        with formatter.section(FRAME[lang]["commands"]):
            formatter.write_dl(rows)


def _with_extras(text: str, extra: dict, lang: str) -> str:
    """The help and, in brackets, its default, range or «required», as click writes them."""
    words = FRAME[lang]
    items = []
    if "default" in extra:
        shown = extra["default"]
        said = shown[1:-1] if shown.startswith("(") and shown.endswith(")") else None
        shown = f"({words[said]})" if said in words else shown
        items.append(f"{words['default']}: {shown}")
    if "range" in extra:
        items.append(extra["range"])
    if "required" in extra:
        items.append(words["required"])
    if not items:
        return text
    return f"{text}  [{'; '.join(items)}]" if text else f"[{'; '.join(items)}]"


class Command(Help, click.Command):
    """A govcheck command: its help in the reader's language."""


class Group(Help, click.Group):
    """A govcheck command group (`rules`): its help in the reader's language."""

    command_class = Command


def ours(command: click.Command) -> Command:
    """A command defined with plain click (workbook/commands.py), as a govcheck Command."""
    return Command(command.name, context_settings=command.context_settings,
                   callback=command.callback, params=command.params, help=command.help,
                   epilog=command.epilog, short_help=command.short_help,
                   add_help_option=command.add_help_option, hidden=command.hidden)
