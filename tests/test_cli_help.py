"""`--help` in nb, nn and en: click's English help, translated in the gettext catalogs
(govcheck/cli_help.py, govcheck/locale/): --lang, else nb."""


import click
import pytest
from click.testing import CliRunner
from test_language import _bokmal

from govcheck import i18n
from govcheck.cli import main
from govcheck.cli_help import option_text


def _commands(command=main, path=()):
    """(path, command) for govcheck and every command under it."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))


COMMANDS = list(_commands())
PATHS = [" ".join(path) for path, _ in COMMANDS]


def _help(path, lang=None) -> str:
    args = [*path.split(), "--help"] + (["--lang", lang] if lang else [])
    result = CliRunner().invoke(main, args, prog_name="govcheck")
    assert result.exit_code == 0, result.output
    return result.output


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_help_text_is_written_once_and_translated():
    """A help changed in cli.py is a new message id: nb and nn cannot keep saying the old
    thing (tests/test_catalogs.py fails until it is translated)."""
    for path, command in COMMANDS:
        texts = [command.help] + [param.help for param in command.params
                                  if isinstance(param, click.Option) and param.help]
        for text in texts:
            for lang in ("nb", "nn"):
                assert text in i18n.catalog(lang)._catalog, (path, text)
        for param in command.params:
            if isinstance(param, click.Option) and param.help:
                assert option_text(" ".join(path), param, "en") == param.help


def _plain(command: click.Command) -> click.Command:
    """The command as plain click builds it: click's own help, in English."""
    if isinstance(command, click.Group):
        return click.Group(command.name, commands={n: _plain(c) for n, c in
                                                   command.commands.items()},
                           params=command.params, help=command.help,
                           context_settings=command.context_settings,
                           invoke_without_command=command.invoke_without_command)
    return click.Command(command.name, params=command.params, help=command.help)


@pytest.mark.parametrize("path", PATHS)
def test_english_help_is_what_click_writes(path):
    plain = CliRunner().invoke(_plain(main), [*path.split(), "--help"], prog_name="govcheck")
    assert plain.exit_code == 0
    assert _help(path, "en") == plain.output


def test_check_help_in_nynorsk():
    said = _flat(_help("check", "nn"))
    assert said.startswith("Bruk: govcheck check [OPTIONS] PATHS... Kontroller "
                           "styringsdokument: filer, eller mapper der govcheck leitar etter "
                           "*.yaml og *.yml. Avslutningskodar: 0 ingen funn på eller over "
                           "--fail-on, 1 funn på eller over det nivået, 2 feil bruk eller filer "
                           "som ikkje kan lesast. Val: ")
    assert "--lang [nb|nn|en] Språk i meldingane [standard: språket til dokumentet, " \
           "elles nb]." in said
    assert "-j, --jobs INTEGER RANGE Talet på dokument som vert kontrollerte samtidig. " \
           "[standard: (talet på kjernar); x>=1]" in said
    assert said.endswith("-h, --help Vis denne hjelpa og avslutt.")


def test_help_is_bokmal_without_lang_and_lists_the_commands_in_it():
    said = _flat(_help(""))
    assert said.startswith("Bruk: govcheck [OPTIONS] COMMAND [ARGS]... Kontroller "
                           "styringsdokumenter (tildelingsbrev, mål- og disponeringsbrev, "
                           "virksomhetsplan, årsrapport) mot reglene for mål- og "
                           "resultatstyring. Valg:")
    assert "Kommandoer: check Kontroller styringsdokumenter: filer, eller mapper der..." in said
    assert _flat(_help("", "nb")) == said


def test_govcheck_alone_shows_the_help_and_exits_2():
    result = CliRunner().invoke(main, [], prog_name="govcheck")
    assert result.exit_code == 2
    assert result.output == _help("")


@pytest.mark.parametrize("path", PATHS)
def test_nynorsk_help_of_every_command_holds_no_bokmal(path):
    text = _help(path, "nn")
    assert "Vis denne hjelpa og avslutt." in text
    assert _bokmal(text) == [], path


def test_help_before_a_lang_value_govcheck_does_not_know_is_bokmal():
    result = CliRunner().invoke(main, ["init", "--help", "--lang", "de"], prog_name="govcheck")
    assert result.exit_code == 0
    assert "Skriv et kommentert startdokument" in result.output
