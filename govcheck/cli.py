"""Command line: parse options, call the library, pick a reporter. Nothing else."""

from __future__ import annotations

import datetime as dt
import os
import sys

import click

from . import __version__
from .loader import LoadError

FORMATS = ("text", "json")
LANGS = ("nb", "en")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _colour(stream) -> bool:
    return "NO_COLOR" not in os.environ and stream.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govcheck")
def main():
    """Check goal documents (tildelingsbrev, disposisjonsbrev, virksomhetsplan) against
    the rules of management by objectives and results."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(("error", "warning", "info")),
              help="Lowest severity that makes the exit code 1 [default: from config, or error].")
@click.option("--config", type=click.Path(dir_okay=False),
              help="Configuration file (govcheck.yaml or pyproject.toml); default: "
                   "found from each file upward.")
@click.option("--lang", type=click.Choice(LANGS),
              help="Language of messages [default: the document's, or nb].")
@click.option("--as-of", callback=_date, help="Check date for waiver expiry (YYYY-MM-DD) "
              "[default: today].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1,
              show_default="number of cores", help="Documents checked in parallel.")
def check(paths, output_format, fail_on, config, lang, as_of, jobs):
    """Check goal documents: files, or directories searched for *.yaml and *.yml."""
    from .checker import check_paths
    from .summary import Tally

    as_of = as_of or dt.date.today()
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise click.UsageError(f"no such file or directory: {missing[0]}")
    tally = Tally(fail_on)
    results = _report_errors(check_paths(paths, config, lang, as_of, jobs, keep_documents=False))
    if output_format == "json":
        from .report import json as json_report

        chunks = json_report.stream(results, tally, as_of.isoformat())
        colour = False
    else:
        from .report import text

        colour = _colour(sys.stdout)
        chunks = text.stream(results, tally, lang, colour)
    try:
        for chunk in chunks:
            click.echo(chunk, nl=False, color=colour)
    except LoadError as error:  # configuration or rule files; documents report their own
        click.echo(str(error), err=True)
        sys.exit(2)
    sys.exit(tally.exit_code)


def _report_errors(results):
    """Pass results on, telling unreadable files on stderr as they come."""
    for result in results:
        if result.error:
            click.echo(str(result.error), err=True)
        yield result

@main.group(invoke_without_command=True)
@click.option("--format", "output_format", type=click.Choice(("text", "json", "markdown")),
              default="text", show_default=True)
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
@click.option("--config", type=click.Path(dir_okay=False),
              help="Configuration whose rule-dirs, selection and severities apply.")
@click.pass_context
def rules(ctx, output_format, lang, config):
    """List the rule catalog, or test rules (`govcheck rules test DIR`)."""
    if ctx.invoked_subcommand is not None:
        return
    from .report import catalog as catalog_report

    settings = _settings(config)
    click.echo(catalog_report.render(settings, output_format, lang), nl=False)


@rules.command("test")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--config", type=click.Path(dir_okay=False),
              help="Configuration applied to every case (for rule-dirs of your own).")
def rules_test(directory, config):
    """Run rule fixtures: documents that break and keep each rule, with the exact
    findings expected (see docs/rule-tests.md)."""
    from pathlib import Path

    from .loader import load_yaml
    from .ruletest import run_directory

    try:
        base = load_yaml(config).data if config else {}
        base_dir = Path(config).resolve().parent if config else None
        results = run_directory(directory, base, base_dir)
    except LoadError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    for result in results:
        if not result.passed:
            click.echo(f"{result.file}:{result.line}: FAIL {result.rule} {result.name}: "
                       f"{result.detail}")
    failed = sum(1 for r in results if not r.passed)
    click.echo(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
@click.option("--config", type=click.Path(dir_okay=False),
              help="Configuration whose parameter values are shown.")
def explain(rule_id, lang, config):
    """Explain a rule: rationale, citation, parameters, remediation and an example."""
    from .report import catalog as catalog_report

    settings = _settings(config)
    rule = settings.catalog.rules.get(rule_id.upper())
    if rule is None:
        raise click.UsageError(f"unknown rule {rule_id!r}; `govcheck rules` lists them")
    click.echo(catalog_report.explain(rule, settings, lang), nl=False)


@main.command()
@click.argument("old", type=click.Path(exists=True, dir_okay=False))
@click.argument("new", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True)
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
def diff(old, new, output_format, lang):
    """Compare last year's document with this year's: goals and indicators added,
    removed and changed, and counts before and after."""
    from . import diff as differ
    from .loader import load

    try:
        result = differ.compare(load(old), load(new))
    except LoadError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    text = differ.render_json(result) if output_format == "json" else \
        differ.render_text(result, lang)
    click.echo(text, nl=False)


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "output_format",
              type=click.Choice(("text", "json", "csv")), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write to this file instead of standard output.")
@click.option("--config", type=click.Path(dir_okay=False),
              help="One configuration for every document (default: found upward from DIR).")
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
@click.option("--as-of", callback=_date, help="Check date for waiver expiry [default: today].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1,
              show_default="number of cores", help="Documents checked in parallel.")
def portfolio(directory, output_format, output, config, lang, as_of, jobs):
    """A ministry's overview: every document under DIRECTORY checked with one rule
    catalog, one row each, agencies × requirement areas, ranked by findings."""
    from . import portfolio as overview
    from .checker import check_paths, collect_files
    from .config import settings_for

    config = config or _nearest_config(directory)
    try:
        settings = settings_for(os.path.join(directory, "x.yaml"), config)
        results = check_paths([directory], config, lang, as_of or dt.date.today(), jobs,
                              keep_documents=False)
        if sys.stderr.isatty() and "NO_COLOR" not in os.environ:
            total = len(collect_files([directory]))
            with click.progressbar(results, length=total, file=sys.stderr,
                                   label="govcheck") as bar:
                table = overview.build(bar, settings)
        else:
            table = overview.build(results, settings)
    except LoadError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    render = {"text": lambda t: overview.render_text(t, lang), "json": overview.render_json,
              "csv": overview.render_csv}[output_format]
    _write(render(table), output)


def _nearest_config(directory):
    from .config import find_config

    return find_config(directory)


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        click.echo(text, nl=False)


def _settings(config):
    from .config import default_settings, read_config

    try:
        return read_config(config) if config else default_settings()
    except LoadError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
