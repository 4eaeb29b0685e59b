"""`--help` in the reader's language: nb, nn or en, from one table.

The language is --lang among the arguments as given, else nb: the rule usage errors
follow (usage.py), and they point the reader to --help. The locale is not read, so a
command prints the same help on every machine (CI logs, docs, tests).

HELP holds every command's and option's help, keyed `command` and `command.option`
(`*.option` for the options check, report and portfolio share). Its English is the
words click itself has in cli.py and workbook/commands.py (shell completion shows
them); tests/test_cli_help.py fails when the two differ, so a changed English help
cannot leave its nb and nn behind.
"""

from __future__ import annotations

import click

from .terms import known
from .usage import USAGE_TEXT

# click's own words around the help texts; show_default texts by their English words
FRAME = {
    "nb": {"options": "Valg", "commands": "Kommandoer", "help": "Vis denne hjelpen og avslutt.",
           "default": "standard", "required": "påkrevd", "next year": "neste år",
           "number of cores": "antall kjerner"},
    "nn": {"options": "Val", "commands": "Kommandoar", "help": "Vis denne hjelpa og avslutt.",
           "default": "standard", "required": "påkravd", "next year": "neste år",
           "number of cores": "talet på kjernar"},
    "en": {"options": "Options", "commands": "Commands", "help": "Show this message and exit.",
           "default": "default", "required": "required", "next year": "next year",
           "number of cores": "number of cores"},
}

_NB = {
    "govcheck": "Kontroller styringsdokumenter (tildelingsbrev, mål- og disponeringsbrev, "
                "virksomhetsplan, årsrapport) mot reglene for mål- og resultatstyring.",
    "govcheck.version": "Vis versjonen og avslutt.",
    "govcheck.lang": "Språk i denne hjelpen og i feil ved bruk [standard: nb]; hver kommando "
                     "har sin egen --lang.",
    "check": "Kontroller styringsdokumenter: filer, eller mapper der govcheck leter etter "
             "*.yaml og *.yml.\n\nAvslutningskoder: 0 ingen funn på eller over --fail-on, "
             "1 funn på eller over det nivået, 2 feil bruk eller filer som ikke kan leses.",
    "check.output_format": "Utdataformat.",
    "check.output": "Skriv resultatet til denne filen i stedet for til standard ut.",
    "check.fail_on": "Laveste alvorlighet som gir avslutningskode 1 [standard: fra "
                     "konfigurasjonen, ellers error].",
    "check.baseline": "Rapporter funn som står i denne grunnlinjefilen, som kjente, ikke som "
                      "åpne (funn fra SCHEMA, REF og WAIVER godtas aldri).",
    "check.write_baseline": "Registrer dagens funn i denne filen som grunnlinje, og avslutt.",
    "check.report_file": "Skriv også samsvarsrapporten (.pdf eller .html).",
    "check.allow_empty": "Avslutt med 0 når ingen styringsdokumenter blir funnet (standard: "
                         "avslutt med 2).",
    "check.require_related": "Et overordnet styringsdokument eller fjorårets dokument som er "
                             "oppgitt, men ikke kontrollert i samme kjøring, gir feil "
                             "(RELATED001) i stedet for regler som ikke blir vurdert "
                             "[standard: require-related i konfigurasjonen, ellers av].",
    "*.config": "Konfigurasjonsfil (govcheck.yaml eller pyproject.toml); standard: funnet "
                "oppover fra hver fil.",
    "*.lang": "Språk i meldingene [standard: dokumentets, ellers nb].",
    "*.as_of": "Kontrolldato for når unntak utløper (ÅÅÅÅ-MM-DD) [standard: i dag].",
    "*.jobs": "Antall dokumenter som kontrolleres samtidig.",
    "report": "Skriv samsvarsrapporten for styringsdokumenter: forside med filenes "
              "sjekksummer, konklusjon per kravområde, måltre, diagrammer, funn med kilder "
              "og unntaksregister.",
    "report.output": "Rapportfilen som skal skrives.",
    "report.report_format": "pdf eller html [standard: etter filnavnet, ellers pdf].",
    "report.fail_on": "Laveste alvorlighet som gir konklusjonen «Ikke bestått» [standard: fra "
                      "konfigurasjonen, ellers error].",
    "report.baseline": "Før opp funn som står i denne grunnlinjefilen, som kjente, ikke som "
                       "åpne.",
    "schema": "Skriv ut JSON Schema for styringsdokumenter, for forslag og kontroll i "
              "redigeringsprogrammet.",
    "schema.lang": "Språk i denne hjelpen og i feil ved bruk [standard: nb].",
    "migrate": "Skriv om dokumenter i format 1 til format 2, med kommentarer og oppsett i "
               "behold. Uten -o eller --in-place går resultatet til standard ut. Det format 1 "
               "ikke kunne oppgi, skrives som null, og en melding på standard feil sier fra.",
    "migrate.output": "Skriv dokumentet i format 2 hit (bare én inndatafil; skriver aldri "
                      "over).",
    "migrate.in_place": "Skriv om hver inndatafil der den ligger.",
    "migrate.lang": "Språk i meldinger og feil (standard nb).",
    "init": "Skriv et kommentert startdokument; skriver aldri over en fil.",
    "init.lang": "Språk i feilmeldinger [standard: nb]; selve startdokumentet er på bokmål.",
    "rules": "Vis regelkatalogen, eller test regler (`govcheck rules test DIR`).",
    "rules.config": "Konfigurasjon med rule-dirs, regelutvalg og alvorlighet som skal gjelde "
                    "[standard: funnet oppover fra gjeldende mappe, som for check].",
    "rules test": "Kjør regeltester: dokumenter som bryter og holder hver regel, med nøyaktig "
                  "de funnene som ventes (se docs/rule-authoring.md, «Testing a rule»).",
    "rules test.config": "Konfigurasjon som gjelder for hvert tilfelle (for egne rule-dirs) "
                         "[standard: funnet oppover fra gjeldende mappe, som for check].",
    "rules test.lang": "Språk i feilmeldinger [standard: det som er gitt til `rules`, "
                       "ellers nb].",
    "requirements": "Vis kravregisteret: type, kunnskapsstatus, reglene som kontrollerer hvert "
                    "krav, og dekningen (se docs/requirements.md).",
    "requirements.config": "Konfigurasjon med rule-dirs som skal gjelde.",
    "explain": "Forklar en regel: begrunnelse, kilde, parametere, slik retter du det, og et "
               "eksempel.",
    "explain.config": "Konfigurasjon med parameterverdiene som vises [standard: funnet oppover "
                      "fra gjeldende mappe, som for check].",
    "diff": "Sammenlign fjorårets dokument med årets: mål, styringsparametere, bevilgninger, "
            "oppdrag og risikoer som er lagt til, fjernet og endret, antall før og etter, og "
            "funnene i begge dokumentene: nye, løste og vedvarende.",
    "diff.lang": "Språk [standard: det nye dokumentets, ellers nb].",
    "portfolio": "Departementets oversikt: dokumentene under DIRECTORY kontrollert med én "
                 "regelkatalog, virksomheter × kravområder, rangert etter funn, med hver "
                 "virksomhets utvikling over årene som er med. Avslutningskoder som for check.",
    "portfolio.output_format": "pdf og html skriver også den detaljerte rapporten for hvert "
                               "dokument i en mappe ved siden av utdatafilen.",
    "portfolio.output": "Skriv til denne filen i stedet for til standard ut (nødvendig for pdf "
                        "og html).",
    "portfolio.year": "Bare dokumenter for dette året [standard: det siste året for hver "
                      "mottaker og dokumenttype].",
    "portfolio.doc_type": "Bare dokumenter av denne typen.",
    "portfolio.show_all": "Alle dokumenter, ikke bare det siste året for hver mottaker og type.",
    "portfolio.fail_on": "Laveste alvorlighet, i dokumentene som vises, som gir "
                         "avslutningskode 1 [standard: fra konfigurasjonen, ellers error].",
    "export": "Skriv et styringsdokument som arbeidsbok: ett ark per del, resultatene per "
              "periode, norske overskrifter. Kommentarer i YAML blir ikke med.",
    "export.output": "Arbeidsboken som skal skrives (.xlsx).",
    "export.lang": "Språk i overskriftene; standard: dokumentets språk (nb når det ikke er "
                   "oppgitt).",
    "export.force": "Skriv over en arbeidsbok som finnes fra før.",
    "import": "Les en arbeidsbok skrevet av `govcheck export` (og redigert) tilbake til et "
              "styringsdokument. Egne kolonner som begynner med x-, kommer tilbake som x-felt.",
    "import.output": "YAML-filen i format 2 som skal skrives; standard: standard ut.",
    "import.force": "Skriv over en fil som finnes fra før.",
    "import.lang": "Språk i meldingene; standard: dokumentets.",
    "import-results": "Før en tabell med resultater (CSV eller .xlsx: styringsparameterens id "
                      "eller navn, periode, verdi; eller én kolonne per periode, som i arket "
                      "Resultater) inn i dokumentets resultater. Viser hva som passet, hva som "
                      "ikke passet, og hva som ville bli endret; skriver bare med --write, med "
                      "dokumentets kommentarer og oppsett i behold.",
    "import-results.document": "Styringsdokumentet (YAML) som skal få resultatene.",
    "import-results.write": "Skriv det sammenslåtte dokumentet (standard: bare vis).",
    "import-results.lang": "Språk i rapporten; standard: dokumentets.",
}

_NN = {
    "govcheck": "Kontroller styringsdokument (tildelingsbrev, mål- og disponeringsbrev, "
                "verksemdsplan, årsrapport) mot reglane for mål- og resultatstyring.",
    "govcheck.version": "Vis versjonen og avslutt.",
    "govcheck.lang": "Språk i denne hjelpa og i feil ved bruk [standard: nb]; kvar kommando "
                     "har sin eigen --lang.",
    "check": "Kontroller styringsdokument: filer, eller mapper der govcheck leitar etter "
             "*.yaml og *.yml.\n\nAvslutningskodar: 0 ingen funn på eller over --fail-on, "
             "1 funn på eller over det nivået, 2 feil bruk eller filer som ikkje kan lesast.",
    "check.output_format": "Utdataformat.",
    "check.output": "Skriv resultatet til denne fila i staden for til standard ut.",
    "check.fail_on": "Lågaste alvorsgrad som gir avslutningskode 1 [standard: frå "
                     "konfigurasjonen, elles error].",
    "check.baseline": "Rapporter funn som står i denne grunnlinjefila, som kjende, ikkje som "
                      "opne (funn frå SCHEMA, REF og WAIVER vert aldri godtekne).",
    "check.write_baseline": "Registrer funna i dag i denne fila som grunnlinje, og avslutt.",
    "check.report_file": "Skriv òg samsvarsrapporten (.pdf eller .html).",
    "check.allow_empty": "Avslutt med 0 når ingen styringsdokument vert funne (standard: "
                         "avslutt med 2).",
    "check.require_related": "Eit overordna styringsdokument eller dokumentet frå i fjor som "
                             "er oppgitt, men ikkje kontrollert i same køyring, gir feil "
                             "(RELATED001) i staden for reglar som ikkje vert vurderte "
                             "[standard: require-related i konfigurasjonen, elles av].",
    "*.config": "Konfigurasjonsfil (govcheck.yaml eller pyproject.toml); standard: funnen "
                "oppover frå kvar fil.",
    "*.lang": "Språk i meldingane [standard: språket til dokumentet, elles nb].",
    "*.as_of": "Kontrolldato for når unntak går ut (ÅÅÅÅ-MM-DD) [standard: i dag].",
    "*.jobs": "Talet på dokument som vert kontrollerte samtidig.",
    "report": "Skriv samsvarsrapporten for styringsdokument: framside med sjekksummane til "
              "filene, konklusjon per kravområde, måltre, diagram, funn med kjelder og "
              "unntaksregister.",
    "report.output": "Rapportfila som skal skrivast.",
    "report.report_format": "pdf eller html [standard: etter filnamnet, elles pdf].",
    "report.fail_on": "Lågaste alvorsgrad som gir konklusjonen «Ikkje bestått» [standard: frå "
                      "konfigurasjonen, elles error].",
    "report.baseline": "Før opp funn som står i denne grunnlinjefila, som kjende, ikkje som "
                       "opne.",
    "schema": "Skriv ut JSON Schema for styringsdokument, for framlegg og kontroll i "
              "redigeringsprogrammet.",
    "schema.lang": "Språk i denne hjelpa og i feil ved bruk [standard: nb].",
    "migrate": "Skriv om dokument i format 1 til format 2, med kommentarar og oppsett i "
               "behald. Utan -o eller --in-place går resultatet til standard ut. Det format 1 "
               "ikkje kunne oppgi, vert skrive som null, og ei melding på standard feil seier "
               "frå.",
    "migrate.output": "Skriv dokumentet i format 2 hit (berre éi inndatafil; skriv aldri "
                      "over).",
    "migrate.in_place": "Skriv om kvar inndatafil der ho ligg.",
    "migrate.lang": "Språk i meldingar og feil (standard nb).",
    "init": "Skriv eit kommentert startdokument; skriv aldri over ei fil.",
    "init.lang": "Språk i feilmeldingar [standard: nb]; sjølve startdokumentet er på bokmål.",
    "rules": "Vis regelkatalogen, eller test reglar (`govcheck rules test DIR`).",
    "rules.config": "Konfigurasjon med rule-dirs, regelutval og alvorsgrad som skal gjelde "
                    "[standard: funnen oppover frå gjeldande mappe, som for check].",
    "rules test": "Køyr regeltestar: dokument som bryt og held kvar regel, med nøyaktig dei "
                  "funna som er venta (sjå docs/rule-authoring.md, «Testing a rule»).",
    "rules test.config": "Konfigurasjon som gjeld for kvart tilfelle (for eigne rule-dirs) "
                         "[standard: funnen oppover frå gjeldande mappe, som for check].",
    "rules test.lang": "Språk i feilmeldingar [standard: det som er gitt til `rules`, "
                       "elles nb].",
    "requirements": "Vis kravregisteret: type, kunnskapsstatus, reglane som kontrollerer kvart "
                    "krav, og dekninga (sjå docs/requirements.md).",
    "requirements.config": "Konfigurasjon med rule-dirs som skal gjelde.",
    "explain": "Forklar ein regel: grunngiving, kjelde, parametrar, slik rettar du det, og eit "
               "døme.",
    "explain.config": "Konfigurasjon med parameterverdiane som vert viste [standard: funnen "
                      "oppover frå gjeldande mappe, som for check].",
    "diff": "Samanlikn dokumentet frå i fjor med årets: mål, styringsparametrar, løyvingar, "
            "oppdrag og risikoar som er lagde til, fjerna og endra, tal før og etter, og funna "
            "i begge dokumenta: nye, løyste og vedvarande.",
    "diff.lang": "Språk [standard: språket til det nye dokumentet, elles nb].",
    "portfolio": "Oversikta til departementet: dokumenta under DIRECTORY kontrollerte med éin "
                 "regelkatalog, verksemder × kravområde, rangerte etter funn, med utviklinga "
                 "til kvar verksemd over åra som er med. Avslutningskodar som for check.",
    "portfolio.output_format": "pdf og html skriv òg den detaljerte rapporten for kvart "
                               "dokument i ei mappe ved sida av utdatafila.",
    "portfolio.output": "Skriv til denne fila i staden for til standard ut (naudsynt for pdf "
                        "og html).",
    "portfolio.year": "Berre dokument for dette året [standard: det siste året for kvar "
                      "mottakar og dokumenttype].",
    "portfolio.doc_type": "Berre dokument av denne typen.",
    "portfolio.show_all": "Alle dokument, ikkje berre det siste året for kvar mottakar og type.",
    "portfolio.fail_on": "Lågaste alvorsgrad, i dokumenta som vert viste, som gir "
                         "avslutningskode 1 [standard: frå konfigurasjonen, elles error].",
    "export": "Skriv eit styringsdokument som arbeidsbok: eitt ark per del, resultata per "
              "periode, norske overskrifter. Kommentarar i YAML vert ikkje med.",
    "export.output": "Arbeidsboka som skal skrivast (.xlsx).",
    "export.lang": "Språk i overskriftene; standard: språket til dokumentet (nb når det ikkje "
                   "er oppgitt).",
    "export.force": "Skriv over ei arbeidsbok som finst frå før.",
    "import": "Les ei arbeidsbok skriven av `govcheck export` (og redigert) tilbake til eit "
              "styringsdokument. Eigne kolonnar som byrjar med x-, kjem tilbake som x-felt.",
    "import.output": "YAML-fila i format 2 som skal skrivast; standard: standard ut.",
    "import.force": "Skriv over ei fil som finst frå før.",
    "import.lang": "Språk i meldingane; standard: språket til dokumentet.",
    "import-results": "Før ein tabell med resultat (CSV eller .xlsx: id eller namn på "
                      "styringsparameteren, periode, verdi; eller éin kolonne per periode, som "
                      "i arket Resultat) inn i resultata i dokumentet. Viser kva som passa, kva "
                      "som ikkje passa, og kva som ville bli endra; skriv berre med --write, "
                      "med kommentarane og oppsettet i dokumentet i behald.",
    "import-results.document": "Styringsdokumentet (YAML) som skal få resultata.",
    "import-results.write": "Skriv det samanslegne dokumentet (standard: berre vis).",
    "import-results.lang": "Språk i rapporten; standard: språket til dokumentet.",
}

_EN = {
    "govcheck": "Check goal documents (tildelingsbrev, mål- og disponeringsbrev, "
                "virksomhetsplan, årsrapport) against the rules of management by objectives "
                "and results.",
    "govcheck.version": "Show the version and exit.",
    "govcheck.lang": "Language of this help and of usage errors [default: nb]; each command "
                     "has its own --lang.",
    "check": "Check goal documents: files, or directories searched for *.yaml and *.yml."
             "\n\nExit codes: 0 nothing at or above --fail-on, 1 findings at or above it, "
             "2 usage error or unreadable input.",
    "check.output_format": "Output format.",
    "check.output": "Write the output to this file instead of standard output.",
    "check.fail_on": "Lowest severity that makes the exit code 1 [default: from config, or "
                     "error].",
    "check.baseline": "Report findings in this baseline file as known, not as open (SCHEMA, "
                      "REF and WAIVER findings are never accepted).",
    "check.write_baseline": "Record today's findings in this file as the baseline, and exit.",
    "check.report_file": "Also write the compliance report (.pdf, or .html).",
    "check.allow_empty": "Exit 0 when no goal document is found (default: exit 2).",
    "check.require_related": "A parent or previous document named but not checked in the same "
                             "run is an error (RELATED001), not a rule left unreviewed "
                             "[default: from config require-related, or off].",
    "*.config": "Configuration file (govcheck.yaml or pyproject.toml); default: found from "
                "each file upward.",
    "*.lang": "Language of messages [default: the document's, or nb].",
    "*.as_of": "Check date for waiver expiry (YYYY-MM-DD) [default: today].",
    "*.jobs": "Documents checked in parallel.",
    "report": "Write the compliance report for goal documents: cover with file hashes, "
              "verdict by requirement area, goal tree, charts, findings with citations, "
              "waiver register.",
    "report.output": "The report file to write.",
    "report.report_format": "pdf or html [default: from the file name, else pdf].",
    "report.fail_on": "Lowest severity that fails the verdict [default: from config, or "
                      "error].",
    "report.baseline": "List findings in this baseline file as known, not as open.",
    "schema": "Print the goal-document JSON Schema, for editors' completion and validation.",
    "schema.lang": "Language of this help and of usage errors [default: nb].",
    "migrate": "Rewrite format-1 documents as format 2, keeping comments and layout. Without "
               "-o or --in-place the result goes to standard output. What format 1 could not "
               "state is written as null, and a note on standard error says so.",
    "migrate.output": "Write the format-2 document here (one input only; never overwrites).",
    "migrate.in_place": "Rewrite each input file itself.",
    "migrate.lang": "Language of the notes and errors (default nb).",
    "init": "Write a commented starter goal document; never overwrites a file.",
    "init.lang": "Language of errors [default: nb]; the starter itself is bokmål.",
    "rules": "List the rule catalog, or test rules (`govcheck rules test DIR`).",
    "rules.config": "Configuration whose rule-dirs, selection and severities apply [default: "
                    "found upward from the current directory, as check does].",
    "rules test": "Run rule fixtures: documents that break and keep each rule, with the exact "
                  "findings expected (see docs/rule-authoring.md, \"Testing a rule\").",
    "rules test.config": "Configuration applied to every case (for rule-dirs of your own) "
                         "[default: found upward from the current directory, as check does].",
    "rules test.lang": "Language of errors [default: the one given to `rules`, or nb].",
    "requirements": "List the requirement register: kind, status of knowledge, the rules that "
                    "check each requirement and its coverage (see docs/requirements.md).",
    "requirements.config": "Configuration whose rule-dirs apply.",
    "explain": "Explain a rule: rationale, citation, parameters, remediation and an example.",
    "explain.config": "Configuration whose parameter values are shown [default: found upward "
                      "from the current directory, as check does].",
    "diff": "Compare last year's document with this year's: goals, indicators, budget lines, "
            "assignments and risks added, removed and changed, counts before and after, and "
            "the findings of both documents: new, resolved and persistent.",
    "diff.lang": "Language [default: the new document's, or nb].",
    "portfolio": "A ministry's overview: the documents under DIRECTORY checked with one rule "
                 "catalog, agencies × requirement areas, ranked by findings, with each "
                 "agency's trend over the years given. Exit codes as for check.",
    "portfolio.output_format": "pdf and html also write each document's detailed report into "
                               "a folder beside the output file.",
    "portfolio.output": "Write to this file instead of standard output (needed for pdf, html).",
    "portfolio.year": "Only documents for this year [default: the latest year of each "
                      "recipient and document type].",
    "portfolio.doc_type": "Only documents of this type.",
    "portfolio.show_all": "Every document, not only the latest year of each recipient and "
                          "type.",
    "portfolio.fail_on": "Lowest severity, in the documents shown, that makes the exit code 1 "
                         "[default: from config, or error].",
    "export": "Write a goal document as a workbook: one sheet per part, the scorecard of "
              "results per period, Norwegian headers. YAML comments are not carried over.",
    "export.output": "The workbook to write (.xlsx).",
    "export.lang": "Header language; default: the document's language (nb when not stated).",
    "export.force": "Overwrite an existing workbook.",
    "import": "Read a workbook written by `govcheck export` (and edited) back to a goal "
              "document. Your own columns starting with x- come back as x- keys.",
    "import.output": "The format-2 YAML to write; default: standard output.",
    "import.force": "Overwrite an existing file.",
    "import.lang": "Language of messages; default: the document's.",
    "import-results": "Merge a table of results (CSV or .xlsx: styringsparameter id or name, "
                      "period, value; or one column per period, as the scorecard) into a "
                      "document's actuals. Reports what matched, what did not and what would "
                      "change; writes only with --write, keeping the document's comments and "
                      "layout.",
    "import-results.document": "The YAML goal document whose actuals receive the results.",
    "import-results.write": "Write the merged document (default: only report).",
    "import-results.lang": "Language of the report; default: the document's.",
}

HELP = {"nb": _NB, "nn": _NN, "en": _EN}


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
    if not param.help:
        return ""
    words = HELP[lang]
    return words.get(f"{key}.{param.name}", words.get(f"*.{param.name}", param.help))


class Help:
    """Mixed into govcheck's click commands and groups: usage line, text, options and
    subcommands in the reader's language (click's own layout and wrapping)."""

    def format_usage(self, ctx, formatter) -> None:
        prefix = USAGE_TEXT[_lang(ctx)]["usage"] + " "
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix)

    def format_help_text(self, ctx, formatter) -> None:
        text = HELP[_lang(ctx)].get(command_key(ctx), self.help)
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
        lang, key = _lang(ctx), command_key(ctx)
        shown = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        shown = [(name, command) for name, command in shown if command and not command.hidden]
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        prefix = "" if key == "govcheck" else key + " "
        rows = [(name, click.Command(name, help=HELP[lang].get(prefix + name, command.help))
                 .get_short_help_str(limit)) for name, command in shown]
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
