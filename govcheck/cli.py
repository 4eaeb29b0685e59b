"""Command line: parse options, call the library, pick a reporter. Nothing else."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys

import click

from govcheck.i18n import N_

from . import __version__, atomic, safe, usage
from .cli_help import Command, Group, Help, ours
from .document.items import ALL_TYPES, DOCUMENT_TYPES
from .document.loader import LoadError

FORMATS = ("text", "json")
CHECK_FORMATS = ("text", "json", "sarif", "junit", "github")
LANGS = ("nb", "nn", "en")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{safe.text(repr(value))} is not a date (YYYY-MM-DD)") from None


def _colour(stream) -> bool:
    return "NO_COLOR" not in os.environ and stream.isatty()


class _Commands(Help, click.Group):
    """Failures of the machine, not of the documents, end in one line and exit 2 (130 for
    Ctrl-C): exit 1 means findings, and CI reads it so. Usage errors and --help are said
    in --lang, else nb (cli_help.py)."""

    command_class = Command
    group_class = Group

    def make_context(self, info_name, args, parent=None, **extra):
        lang = usage.lang_in(args)
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:
            raise usage.translated(error, lang) from None

    def parse_args(self, ctx, args):
        ctx.meta["govcheck.lang"] = usage.lang_in(args)  # before --help is shown
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        lang = ctx.meta.get("govcheck.lang")
        atomic.ignore_file_size_signal()
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()
        except click.UsageError as error:
            raise usage.translated(error, lang) from None
        except MemoryError:
            _fail(usage.say("memory", lang))
        except KeyboardInterrupt:  # 128 + SIGINT, as shells report it; never exit 1 (findings)
            _fail(usage.say("interrupted", lang), 130)
        except OSError as error:
            _fail(usage.os_failure(error, lang))


def _fail(message: str, code: int = 2):
    with contextlib.suppress(OSError):
        click.echo(safe.text(message), err=True)
    with contextlib.suppress(OSError):  # output still buffered for a full disk goes nowhere
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    sys.exit(code)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             help=N_("Check goal documents (tildelingsbrev, mål- og disponeringsbrev, "
                     "virksomhetsplan, årsrapport) against the rules of management by objectives "
                     "and results."))
@click.version_option(__version__, prog_name="govcheck", help=N_("Show the version and exit."))
@click.option("--lang", type=click.Choice(LANGS), expose_value=False,
              help=N_("Language of this help and of usage errors [default: nb]; each command has "
                      "its own --lang."))
def main():
    pass  # the commands do the work


def _paths_exist(paths):
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise usage.Said("no_such_path", path=safe.text(missing[0]))


def _common(command):
    """Options shared by check, report and portfolio."""
    for option in reversed([
        click.option("--config", type=click.Path(dir_okay=False),
                     help=N_("Configuration file (govcheck.yaml or pyproject.toml); default: "
                             "found from each file upward.")),
        click.option("--lang", type=click.Choice(LANGS),
                     help=N_("Language of messages [default: the document's, or nb].")),
        click.option("--as-of", callback=_date,
                     help=N_("Check date for waiver expiry (YYYY-MM-DD) [default: today].")),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1,
                     show_default="number of cores", help=N_("Documents checked in parallel.")),
    ]):
        command = option(command)
    return command


@main.command(help=N_("Check goal documents: files, or directories searched for *.yaml and "
                      "*.yml.\n\nExit codes: 0 nothing at or above --fail-on, 1 findings at or "
                      "above it, 2 usage error or unreadable input."))
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True, help=N_("Output format."))
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help=N_("Write the output to this file instead of standard output."))
@click.option("--fail-on", type=click.Choice(("error", "warning", "info")),
              help=N_("Lowest severity that makes the exit code 1 [default: from config, or "
                      "error]."))
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help=N_("Report findings in this baseline file as known, not as open (SCHEMA, REF "
                      "and WAIVER findings are never accepted)."))
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help=N_("Record today's findings in this file as the baseline, and exit."))
@click.option("--report", "report_file", type=click.Path(dir_okay=False),
              help=N_("Also write the compliance report (.pdf, or .html)."))
@click.option("--allow-empty", is_flag=True,
              help=N_("Exit 0 when no goal document is found (default: exit 2)."))
@click.option("--require-related", is_flag=True, default=None,
              help=N_("A parent or previous document named but not checked in the same run is an "
                      "error (RELATED001), not a rule left unreviewed [default: from config "
                      "require-related, or off]."))
@_common
def check(paths, output_format, output, fail_on, baseline, write_baseline, report_file,
          allow_empty, require_related, config, lang, as_of, jobs):
    from .run.checker import check_paths
    from .run.summary import Tally

    _paths_exist(paths)
    _not_an_input([output, write_baseline, report_file], paths, [config, baseline], lang)
    as_of = as_of or dt.date.today()
    tally = Tally(fail_on, allow_empty=allow_empty)
    try:
        results = _report_errors(check_paths(paths, config, lang, as_of, jobs,
                                             keep_documents=bool(report_file),
                                             skipped=tally.skipped,
                                             require_related=bool(require_related)))
        if write_baseline:
            from .run.baseline import baseline_text, baselined

            with atomic.replacing(write_baseline, newline="\n") as handle:  # before the run
                results = list(results)
                handle.write(baseline_text(results, as_of))
            count = baselined(results)
            shown = lang or next((r.lang for r in results if not r.error), "nb")
            _tell(_said("baseline", shown, n=count, file=write_baseline))
            sys.exit(2 if any(r.error for r in results) else 0)
        known = _load_baseline(baseline)
        if known:
            results = known.filter(results)
        if report_file:
            results = list(results)
        colour = output is None and output_format == "text" and _colour(sys.stdout)
        chunks = _check_output(output_format, results, tally, lang, as_of, colour, known)
        with _destination(output) as write:
            for chunk in chunks:
                write(chunk, colour)
        if report_file and (results or allow_empty) and not (
                results and all(r.error for r in results)):  # nothing read: no report
            _write_report(results, report_file, lang, as_of, _is_html(report_file),
                          fail_on, known)
    except LoadError as error:  # configuration, rule or baseline files
        _tell(_error_line(error, lang))
        sys.exit(2)
    if tally.files == 0 and not allow_empty:
        _nothing_checked(paths, tally.skipped, lang)
    sys.exit(tally.exit_code)


def _nothing_checked(paths, skipped, lang, allow_empty=False):
    """A run that checked nothing must not pass: CI would go green on an empty folder.
    With --allow-empty it exits 0 and writes nothing."""
    if allow_empty:
        sys.exit(0)
    extra = usage.say("nothing_skipped", lang, n=len(skipped)) if skipped else ""
    _tell(usage.say("nothing", lang, path=paths[0], extra=extra))
    sys.exit(2)


def _not_an_input(outputs, paths, other_inputs, lang=None):
    """Refuse, before anything is written, an output that would overwrite an input:
    a file named, a goal document below a directory named, the configuration or baseline."""
    for output in outputs:
        if not output or not os.path.exists(output):
            continue
        for path in list(paths) + [p for p in other_inputs if p]:
            if os.path.isdir(path):
                inside = os.path.realpath(output).startswith(os.path.realpath(path) + os.sep)
                clash = inside and output.lower().endswith((".yaml", ".yml"))
            else:
                clash = os.path.exists(path) and os.path.samefile(output, path)
            if clash:
                _tell(usage.say("overwrite", lang, path=output))
                sys.exit(2)


def _load_baseline(path):
    if not path:
        return None
    from .run.baseline import load_baseline

    return load_baseline(path)


def _check_output(output_format, results, tally, lang, as_of, colour, baseline=None):
    if output_format == "text":
        from .report import text

        return text.stream(results, tally, lang, colour)
    if output_format == "json":
        from .report import json as json_report

        return json_report.stream(results, tally, as_of.isoformat(), baseline)
    if output_format == "github":
        from .report import github

        return github.stream(results, lang, tally)
    return _whole(output_format, results, tally, lang, baseline)


def _whole(output_format, results, tally, lang, baseline):
    """SARIF and JUnit are made whole, once the output file is open (a generator)."""
    from .report import junit, sarif

    if output_format == "sarif":
        yield sarif.render(list(results), lang, tally, baseline)
    else:
        yield junit.render(list(results), lang, tally)


@contextlib.contextmanager
def _destination(output):
    """A writer to the output file, or to standard output."""
    if output is None:
        yield lambda chunk, colour: click.echo(chunk, nl=False, color=colour)
        return
    with atomic.replacing(output, newline="\n") as handle:
        yield lambda chunk, colour: handle.write(chunk)


def _is_html(path: str) -> bool:
    return path.lower().endswith((".html", ".htm"))


def _write_report(results, path, lang, as_of, html, fail_on=None, baseline=None):
    """The compliance report; weasyprint is imported only here, for the PDF. `fail_on`
    and `baseline` are the run's, so the report's verdict is the exit code's."""
    from .catalog.catalog import CATALOG_VERSION

    lang = lang or next((r.lang for r in results if not r.error), "nb")  # as the messages
    run = {"fail_on": fail_on, "baseline": baseline}
    if html:
        from .report.html import render_html

        with atomic.replacing(path) as handle:  # opened first: a bad path fails at once
            handle.write(render_html(results, lang, as_of, CATALOG_VERSION, **run))
    else:
        from .report.pdf import write_pdf

        write_pdf(results, path, lang, as_of, CATALOG_VERSION, **run)


@main.command(help=N_("Write the compliance report for goal documents: cover with file hashes, "
                      "verdict by requirement area, goal tree, charts, findings with citations, "
                      "waiver register."))
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True,
              help=N_("The report file to write."))
@click.option("--format", "report_format", type=click.Choice(("pdf", "html")),
              help=N_("pdf or html [default: from the file name, else pdf]."))
@click.option("--fail-on", type=click.Choice(("error", "warning", "info")),
              help=N_("Lowest severity that fails the verdict [default: from config, or error]."))
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help=N_("List findings in this baseline file as known, not as open."))
@_common
def report(paths, output, report_format, fail_on, baseline, config, lang, as_of, jobs):
    from .run.checker import check_paths

    _paths_exist(paths)
    _not_an_input([output], paths, [config, baseline], lang)
    as_of = as_of or dt.date.today()
    html = report_format == "html" or (report_format is None and _is_html(output))
    try:
        known = _load_baseline(baseline)
        skipped: list = []
        results = list(_report_errors(check_paths(paths, config, lang, as_of, jobs,
                                                  skipped=skipped)))
        if not results:  # no report, so none can say «Bestått» about nothing
            _nothing_checked(paths, skipped, lang)
        if all(r.error for r in results):  # each told in its line; a report of nothing read
            sys.exit(2)
        if known:
            results = known.filter(results)
        _write_report(results, output, lang, as_of, html, fail_on, known)
    except LoadError as error:
        _tell(_error_line(error, lang))
        sys.exit(2)
    _tell(output)
    sys.exit(2 if any(r.error for r in results) else 0)


@main.command(help=N_("Print the goal-document JSON Schema, for editors' completion and "
                      "validation."))
@click.option("--lang", type=click.Choice(LANGS), expose_value=False,
              help=N_("Language of this help and of usage errors [default: nb]."))
def schema():
    from .views.starter import schema_text

    click.echo(schema_text(), nl=False)


@main.command(help=N_("Rewrite format-1 documents as format 2, keeping comments and layout. "
                      "Without -o or --in-place the result goes to standard output. What format "
                      "1 could not state is written as null, and a note on standard error says "
                      "so."))
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help=N_("Write the format-2 document here (one input only; never overwrites)."))
@click.option("--in-place", is_flag=True, help=N_("Rewrite each input file itself."))
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help=N_("Language of the notes and errors (default nb)."))
def migrate(paths, output, in_place, lang):
    from .document.load_text import os_reason
    from .document.migrate import MigrateError, migrate_file
    from .terms import known

    if output and (in_place or len(paths) > 1):
        _tell(usage.say("one_output", lang))
        sys.exit(2)
    failed = False
    for path in paths:
        try:
            text, written = migrate_file(path, output, in_place, _max_bytes(path, lang))
        except MigrateError as error:
            _tell(_error_line(error, lang))
            failed = True
            continue
        except OSError as error:
            _tell(f"{path}:1:1: {os_reason(error)[known(lang)]}")
            failed = True
            continue
        if not (output or in_place):
            click.echo(text, nl=False)
        for key in written:  # what the planner can now fill in
            _tell(usage.say(f"migrate_{key}", lang, path=output or path))
    sys.exit(2 if failed else 0)


@main.command(help=N_("Write a commented starter goal document; never overwrites a file."))
@click.argument("path", required=False, type=click.Path(dir_okay=False))
@click.option("--type", "doc_type", type=click.Choice(ALL_TYPES),
              default="allocation_letter", show_default=True)
@click.option("--year", type=click.IntRange(1900, 2200), default=dt.date.today().year + 1,
              show_default="next year")
@click.option("--lang", type=click.Choice(LANGS),
              help=N_("Language of errors [default: nb]; the starter itself is bokmål."))
def init(path, doc_type, year, lang):
    from .views.starter import default_file_name, write_starter

    path = path or default_file_name(doc_type, year)
    try:
        write_starter(path, doc_type, year)
    except FileExistsError:
        _tell(usage.say("exists", lang, path=path))
        sys.exit(2)
    click.echo(safe.text(path))


def _tell(message) -> None:
    """A line on stderr; in CI the runner reads stderr for workflow commands too."""
    click.echo(safe.text(message), err=True)


def _report_errors(results):
    """Pass results on, telling unreadable files on stderr as they come."""
    for result in results:
        if result.error:
            _tell(result.error)
        yield result

@main.group(invoke_without_command=True, help=N_("List the rule catalog, or test rules "
                                                 "(`govcheck rules test DIR`)."))
@click.option("--format", "output_format", type=click.Choice(("text", "json", "markdown")),
              default="text", show_default=True)
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
@click.option("--config", type=click.Path(dir_okay=False),
              help=N_("Configuration whose rule-dirs, selection and severities apply [default: "
                      "found upward from the current directory, as check does]."))
@click.pass_context
def rules(ctx, output_format, lang, config):
    if ctx.invoked_subcommand is not None:
        return
    from .report import catalog as catalog_report

    settings = _settings(config, lang)
    click.echo(catalog_report.render(settings, output_format, lang), nl=False)


@main.command(help=N_("List the requirement register: kind, status of knowledge, the rules that "
                      "check each requirement and its coverage (see docs/requirements.md)."))
@click.option("--format", "output_format", type=click.Choice(("text", "json", "markdown")),
              default="text", show_default=True)
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
@click.option("--config", type=click.Path(dir_okay=False),
              help=N_("Configuration whose rule-dirs apply."))
def requirements(output_format, lang, config):
    from .report import requirements as requirements_report

    click.echo(requirements_report.render(_settings(config).catalog, output_format, lang),
               nl=False)


@rules.command("test", help=N_("Run rule fixtures: documents that break and keep each rule, with "
                               "the exact findings expected (see docs/rule-authoring.md, "
                               "\"Testing a rule\")."))
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--config", type=click.Path(dir_okay=False),
              help=N_("Configuration applied to every case (for rule-dirs of your own) [default: "
                      "found upward from the current directory, as check does]."))
@click.option("--lang", type=click.Choice(LANGS),
              help=N_("Language of errors [default: the one given to `rules`, or nb]."))
@click.pass_context
def rules_test(ctx, directory, config, lang):
    from pathlib import Path

    from .run.config import config_data
    from .run.ruletest import FIXTURE_TEXT, run_directory
    from .terms import known

    lang = known(lang or ctx.parent.params.get("lang"))
    config = config or _nearest_config(os.getcwd())
    try:
        base = config_data(config) if config else {}
        base_dir = Path(config).resolve().parent if config else None
        results = run_directory(directory, base, base_dir, lang)
    except LoadError as error:
        _tell(_error_line(error, lang))
        sys.exit(2)
    words = FIXTURE_TEXT[lang]
    for result in results:
        if not result.passed:
            click.echo(safe.text(f"{result.file}:{result.line}: {words['fail']} {result.rule} "
                                 f"{result.name}: {result.detail}"))
    failed = sum(1 for r in results if not r.passed)
    click.echo(words["summary"].format(passed=len(results) - failed, failed=failed))
    sys.exit(1 if failed else 0)


@main.command(help=N_("Explain a rule: rationale, citation, parameters, remediation and an "
                      "example."))
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(LANGS), default="nb", show_default=True)
@click.option("--config", type=click.Path(dir_okay=False),
              help=N_("Configuration whose parameter values are shown [default: found upward "
                      "from the current directory, as check does]."))
def explain(rule_id, lang, config):
    from .report import catalog as catalog_report

    settings = _settings(config, lang)
    rule = settings.catalog.rules.get(rule_id.upper())
    if rule is None:
        raise usage.Said("unknown_rule", rule=safe.text(repr(rule_id)))
    click.echo(catalog_report.explain(rule, settings, lang), nl=False)


@main.command(help=N_("Compare last year's document with this year's: goals, indicators, budget "
                      "lines, assignments and risks added, removed and changed, counts before "
                      "and after, and the findings of both documents: new, resolved and "
                      "persistent."))
@click.argument("old", type=click.Path(exists=True, dir_okay=False))
@click.argument("new", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True)
@click.option("--lang", type=click.Choice(LANGS),
              help=N_("Language [default: the new document's, or nb]."))
def diff(old, new, output_format, lang):
    from .document.loader import load
    from .run.checker import check_paths
    from .views import diff as differ

    try:
        before, after = load(old), load(new)
        reports = _annual_reports(before, after)
        if not reports:
            checked = {os.path.normpath(r.file): r for r in check_paths([old, new], jobs=1)}
            pair = (os.path.normpath(old), os.path.normpath(new))
            results = (checked[pair[0]], checked[pair[1]]) if pair[0] != pair[1] else None
            if results and any(r.error for r in results):
                results = None  # too large for the checker's limit: compare without findings
            result = differ.compare(before, after, results)
    except LoadError as error:
        _tell(_error_line(error, lang))
        sys.exit(2)
    if reports:  # two annual reports: results and oppdrag year over year
        from .views.diff import annual

        found = annual.compare_reports(before.data, after.data)
        click.echo(annual.render_json(found) if output_format == "json"
                   else annual.render_comparison(found, lang or _language(after.data)), nl=False)
        return
    text = differ.render_json(result) if output_format == "json" else \
        differ.render_text(result, lang or _language(after.data))
    click.echo(text, nl=False)


def _annual_reports(*documents) -> bool:
    types = [d.data.get("document", {}).get("type") if isinstance(d.data.get("document"), dict)
             else None for d in documents]
    return all(kind == "annual_report" for kind in types)


@main.command(help=N_("A ministry's overview: the documents under DIRECTORY checked with one "
                      "rule catalog, agencies × requirement areas, ranked by findings, with each "
                      "agency's trend over the years given. Exit codes as for check."))
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "output_format",
              type=click.Choice(("text", "json", "csv", "pdf", "html")), default="text",
              show_default=True, help=N_("pdf and html also write each document's detailed "
                                         "report into a folder beside the output file."))
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help=N_("Write to this file instead of standard output (needed for pdf, html)."))
@click.option("--year", type=click.IntRange(1900, 2200),
              help=N_("Only documents for this year [default: the latest year of each recipient "
                      "and document type]."))
@click.option("--type", "doc_type", type=click.Choice(DOCUMENT_TYPES),
              help=N_("Only documents of this type."))
@click.option("--all", "show_all", is_flag=True,
              help=N_("Every document, not only the latest year of each recipient and type."))
@click.option("--fail-on", type=click.Choice(("error", "warning", "info")),
              help=N_("Lowest severity, in the documents shown, that makes the exit code 1 "
                      "[default: from config, or error]."))
@click.option("--allow-empty", is_flag=True,
              help=N_("Exit 0 when no goal document is found (default: exit 2)."))
@_common
def portfolio(directory, output_format, output, year, doc_type, show_all, fail_on,
              allow_empty, config, lang, as_of, jobs):
    from .run.checker import check_paths, collect_files
    from .run.config import settings_for
    from .views import portfolio as overview
    from .views import portfolio_text

    config = config or _nearest_config(directory)
    _not_an_input([output], [directory], [config], lang)
    as_of = as_of or dt.date.today()
    scope = overview.Scope(year=year, type=doc_type, all=show_all)
    reporting = output_format in ("pdf", "html")
    if reporting and not output:
        raise usage.Said("needs_output", format=output_format)
    unreadable: list = []
    skipped: list = []
    try:
        settings = settings_for(os.path.join(directory, "x.yaml"), config)
        results = _noting_errors(check_paths([directory], config, lang, as_of, jobs,
                                             keep_documents=reporting, skipped=skipped),
                                 unreadable)
        if reporting:
            from .catalog.catalog import CATALOG_VERSION
            from .report.portfolio_report import write_portfolio

            results = list(results)
            if not results:  # as check: nothing to show is no overview that passes
                _nothing_checked([directory], skipped, lang, allow_empty)
            try:
                written = write_portfolio(results, settings, output, output_format,
                                          lang or "nb", as_of, CATALOG_VERSION, jobs=jobs,
                                          scope=scope)
            except ValueError as error:  # the documents' folder is a link, or a name escapes
                said = getattr(error, "texts", {}).get(lang or "nb", error)
                _tell(f"{output}: {said}")
                sys.exit(2)
            _tell(_said("written", lang or "nb", file=written[0], n=len(written) - 1))
            sys.exit(2 if unreadable else
                     overview.build(results, settings, scope, fail_on).exit_code)
        if sys.stderr.isatty() and "NO_COLOR" not in os.environ:
            total = len(collect_files([directory]))
            with click.progressbar(results, length=total, file=sys.stderr,
                                   label="govcheck") as bar:
                table = overview.build(bar, settings, scope, fail_on)
        else:
            table = overview.build(results, settings, scope, fail_on)
    except LoadError as error:
        _tell(_error_line(error, lang))
        sys.exit(2)
    if not table.rows and not table.left_out and not unreadable and not allow_empty:
        _nothing_checked([directory], skipped, lang)
    render = {"text": lambda t: portfolio_text.render_text(t, lang or "nb"),
              "json": portfolio_text.render_json,
              "csv": portfolio_text.render_csv}[output_format]
    _write(render(table), output)
    sys.exit(2 if unreadable else table.exit_code)


def _noting_errors(results, unreadable: list):
    """Results passed on; unreadable files told on stderr and noted for the exit code."""
    for result in _report_errors(results):
        if result.error:
            unreadable.append(result.file)
        yield result


def _said(key: str, lang: str, **values) -> str:
    from .report.words import TEXT
    from .terms import known

    return TEXT[known(lang)][key].format(**values)


def _language(data) -> str:
    """A document's own `language`, else nb (as run.checker.document_language)."""
    from .terms import known

    meta = data.get("document") if isinstance(data, dict) else None
    return known(meta.get("language") if isinstance(meta, dict) else None)


def _max_bytes(path: str, lang) -> int:
    """The `max-file-size` that `check` would apply to `path`."""
    from .run.config import settings_for

    try:
        return settings_for(path, None).max_bytes
    except LoadError as error:
        _tell(_error_line(error, lang))
        sys.exit(2)


def _nearest_config(directory):
    from .run.config import find_config

    return find_config(directory)


def _write(text: str, output: str | None) -> None:
    if output:
        atomic.write_file(output, text, newline="")
    else:
        click.echo(text, nl=False)


def _settings(config, lang=None):
    """The settings `check` would use for a file in the current directory."""
    from .run.config import default_settings, read_config

    config = config or _nearest_config(os.getcwd())
    try:
        return read_config(config) if config else default_settings()
    except LoadError as error:
        _tell(_error_line(error, lang))
        sys.exit(2)


def _error_line(error: LoadError, lang: str | None) -> str:
    """Configuration, rule and baseline errors come before any document's language:
    --lang, else nb."""
    in_language = getattr(error, "in_language", None)
    return in_language(lang) if in_language else str(error)


def _workbook_commands():
    from .workbook.commands import export_command, import_command, import_results_command

    for command in (export_command, import_command, import_results_command):
        main.add_command(ours(command))  # defined with plain click: help in nb, nn, en too


_workbook_commands()
