"""Every text of the reports and the CLI summary that is not a rule's own, in nb, nn and en.

One table per use, keyed by language with the same keys in each (tests/test_language.py
fails otherwise). Terms follow docs/terminology.md.
"""

from __future__ import annotations

from ..i18n import gettext, ngettext

AREAS = {
    "MRS": {"nb": "Mål og resultatkrav", "nn": "Mål og resultatkrav",
            "en": "Goals and result requirements"},
    "HIER": {"nb": "Målhierarki", "nn": "Målhierarki", "en": "Goal hierarchy"},
    "CHAIN": {"nb": "Resultatkjeden", "nn": "Resultatkjeda", "en": "Results chain"},
    "PERSP": {"nb": "De fire perspektivene", "nn": "Dei fire perspektiva",
              "en": "The four perspectives"},
    "RISK": {"nb": "Risiko og vesentlighet", "nn": "Risiko og vesentlegheit",
             "en": "Risk and materiality"},
    "IC": {"nb": "Internkontroll", "nn": "Internkontroll", "en": "Internal control"},
    "USER": {"nb": "Brukermedvirkning", "nn": "Brukarmedverknad", "en": "User participation"},
    "RES": {"nb": "Ressurser og effektivitet", "nn": "Ressursar og effektivitet",
            "en": "Resources and efficiency"},
    "LETTER": {"nb": "Tildelingsbrevets innhold", "nn": "Innhaldet i tildelingsbrevet",
               "en": "Allocation letter content"},
    "FOLLOW": {"nb": "Resultatoppfølging", "nn": "Resultatoppfølging",
               "en": "Follow-up of results"},
    "CASC": {"nb": "Nedbryting fra styringsdokumentet over",
             "nn": "Nedbryting frå styringsdokumentet over", "en": "Cascade from the parent"},
    "STAB": {"nb": "Stabilitet over år", "nn": "Stabilitet over år", "en": "Stability over years"},
    "VALID": {"nb": "Format og henvisninger", "nn": "Format og tilvisingar",
              "en": "Format and references"},
    "WAIVER": {"nb": "Unntak", "nn": "Unntak", "en": "Waivers"},
    "REPORT": {"nb": "Årsrapporten", "nn": "Årsrapporten", "en": "The annual report"},
}


def area_name(area: str, lang: str) -> str:
    return AREAS.get(area, {}).get(lang, area)


# The audit report (HTML and PDF).
REPORT = {
    "nb": {
        "report": "Samsvarsrapport", "page": "Side",
        "subtitle": "Kontroll av styringsdokumenter mot reglene for mål- og resultatstyring",
        "n_documents": "{n} dokumenter",
        "subject": "Kontroll av {ids} mot reglene for mål- og resultatstyring per {date}",
        "contents": "Innhold", "documents": "Kontrollerte dokumenter", "file": "Fil",
        "title": "Tittel", "issuer": "Utsteder", "recipient": "Mottaker", "year": "År",
        "date": "Datert", "doc_id": "Dokument-id",
        "as_of": "Kontrolldato", "govcheck_version": "govcheck-versjon",
        "catalog_version": "Versjon av regelkatalogen",
        "verdict": "Konklusjon", "failed": "Ikke bestått",
        "passed_with_findings": "Bestått med merknader", "passed": "Bestått",
        "unreadable": "Kunne ikke leses", "summary": "Sammendrag",
        "by_severity": "Åpne funn etter alvorlighetsgrad",
        "suppressed_note": "{n} funn er omfattet av unntak og står i unntaksregisteret.",
        "areas": "Kravområder", "area": "Område", "status": "Status",
        "open_findings": "Åpne funn",
        "met": "oppfylt", "not_met": "ikke oppfylt", "not_reviewed": "ikke vurdert",
        "not_applicable": "ikke relevant",
        "status_note": "«Oppfylt»: reglene i området vurderte minst ett punkt, og ingen er "
                       "brutt. «Ikke vurdert»: minst én regel i området kunne ikke kjøres "
                       "(venter på et annet dokument) eller ikke vurdere et punkt dokumentet "
                       "ikke oppgir, eller alle reglene i området er slått av. «Ingenting å "
                       "vurdere»: dokumentet oppgir at delen reglene leser, er tom, eller har "
                       "ingen slik del. Ingen av de to betyr at kravet er oppfylt.",
        "not_reviewed_rules": "Regler som ikke kunne kjøres",
        "hierarchy": "Målhierarki", "goal": "Mål", "level": "Nivå",
        "chain": "Resultat\u00adkjede", "perspective": "Perspektiv",
        "indicators": "Styrings\u00adpara\u00admetere", "risk": "Risiko",
        "inherited_note": "Perspektiv i grått er arvet fra målet over.",
        "risk_legend": "▲ Målet trues av en risiko med risikonivå (sannsynlighet × "
                       "konsekvens) på {n} eller mer (parameteren high_risk_score).",
        "no_goals": "Dokumentet har ingen mål.",
        "charts": "Diagrammer", "count": "Antall", "no_stage": "uten trinn",
        "no_perspective": "uten perspektiv",
        "chart_stages": "Mål etter trinn i resultatkjeden",
        "chart_perspectives": "Styringsparametere etter perspektiv",
        "chart_limits": "Antall mål mot grensene",
        "level1_goals": "Hovedmål (nivå 1)", "all_goals": "Alle mål", "limit": "grense",
        "missing_limit": "Ingen grense er satt for: {names} (parameterne max_top_goals og "
                         "max_goals finnes ikke i regelkatalogen som ble brukt).",
        "chart_risks": "Risikomatrise", "likelihood": "Sannsynlighet",
        "consequence": "Konsekvens", "score": "Risikonivå",
        "no_risks": "Dokumentet har ingen risikoer.",
        "risk_zones": "Rød: risikonivå ≥ {high} (høy risiko). Gul: risikonivå "
                      "{middle}–{high_less}. Grønn: lavere.",
        "unplaced": "Ikke plassert (verdi utenfor skalaen 1–5)",
        "chart_series": "Oppfølging: {name}", "target": "resultatkrav",
        "series_heading": "Oppfølging av styringsparametere",
        "point_met": "nådd", "point_missed": "ikke nådd",
        "series_counts": "resultatkravet er nådd i {met} av {total} perioder",
        "no_target": "Ikke noe tallfestet resultatkrav; periodene er ikke vurdert.",
        "no_series": "Ingen styringsparametere har oppfølgingstall (actuals).",
        "findings": "Funn", "no_findings": "Ingen åpne funn.", "rule": "Regel",
        "severity": "Alvorlighet", "location": "Sted", "line": "linje", "column": "kolonne",
        "target_item": "Gjelder", "message": "Funn", "citation": "Grunnlag",
        "instrument": "Regelverk eller kilde", "section": "Bestemmelse", "edition": "Utgave",
        "also": "Se også", "unconfirmed": "henvisningen er ikke bekreftet",
        "remediation": "Slik retter du det", "excerpt": "Utdrag",
        "suppressed": "Funn omfattet av unntak",
        "suppressed_intro": "Disse funnene er omfattet av et gyldig unntak og regnes ikke "
                            "som åpne.",
        "waiver": "Unntak", "waivers": "Unntaksregister", "no_waivers": "Ingen unntak.",
        "justification": "Begrunnelse", "approved_by": "Godkjent av", "expires": "Utløper",
        "suppresses": "gjelder {n} funn",
        "active": "gyldig", "expired": "utløpt", "unused": "ubrukt", "invalid": "ugyldig dato",
        "error": "Filen kunne ikke leses",
        "configuration": "Konfigurasjon",
        "defaults": "standardinnstillinger (ingen konfigurasjonsfil)",
        "applies_to": "Gjelder filene", "parameters": "Parametere", "default": "standard",
        "none": "–",
        "unit": "enhet", "period": "periode",
        "budget_heading": "Bevilgninger", "budget_address": "Kapittel og post",
        "amount": "Beløp", "income": "inntekt",
    },
    "nn": {
        "report": "Samsvarsrapport", "page": "Side",
        "subtitle": "Kontroll av styringsdokument mot reglane for mål- og resultatstyring",
        "n_documents": "{n} dokument",
        "subject": "Kontroll av {ids} mot reglane for mål- og resultatstyring per {date}",
        "contents": "Innhald", "documents": "Kontrollerte dokument", "file": "Fil",
        "title": "Tittel", "issuer": "Utferdar", "recipient": "Mottakar", "year": "År",
        "date": "Datert", "doc_id": "Dokument-id",
        "as_of": "Kontrolldato", "govcheck_version": "govcheck-versjon",
        "catalog_version": "Versjon av regelkatalogen",
        "verdict": "Konklusjon", "failed": "Ikkje bestått",
        "passed_with_findings": "Bestått med merknader", "passed": "Bestått",
        "unreadable": "Kunne ikkje lesast", "summary": "Samandrag",
        "by_severity": "Opne funn etter alvorsgrad",
        "suppressed_note": "{n} funn er omfatta av unntak og står i unntaksregisteret.",
        "areas": "Kravområde", "area": "Område", "status": "Status",
        "open_findings": "Opne funn",
        "met": "oppfylt", "not_met": "ikkje oppfylt", "not_reviewed": "ikkje vurdert",
        "not_applicable": "ikkje relevant",
        "status_note": "«Oppfylt»: reglane i området vurderte minst eitt punkt, og ingen er "
                       "brotne. «Ikkje vurdert»: minst éin regel i området kunne ikkje køyrast "
                       "(ventar på eit anna dokument) eller ikkje vurdere eit punkt dokumentet "
                       "ikkje oppgir, eller alle reglane i området er slått av. «Ingenting å "
                       "vurdere»: dokumentet oppgir at delen reglane les, er tom, eller har "
                       "ingen slik del. Ingen av dei to tyder at kravet er oppfylt.",
        "not_reviewed_rules": "Reglar som ikkje kunne køyrast",
        "hierarchy": "Målhierarki", "goal": "Mål", "level": "Nivå",
        "chain": "Resultat\u00adkjede", "perspective": "Perspektiv",
        "indicators": "Styrings\u00adpara\u00admetrar", "risk": "Risiko",
        "inherited_note": "Perspektiv i grått er arva frå målet over.",
        "risk_legend": "▲ Målet er truga av ein risiko med risikonivå (sannsyn × "
                       "konsekvens) på {n} eller meir (parameteren high_risk_score).",
        "no_goals": "Dokumentet har ingen mål.",
        "charts": "Diagram", "count": "Tal", "no_stage": "utan trinn",
        "no_perspective": "utan perspektiv",
        "chart_stages": "Mål etter trinn i resultatkjeda",
        "chart_perspectives": "Styringsparametrar etter perspektiv",
        "chart_limits": "Talet på mål mot grensene",
        "level1_goals": "Hovudmål (nivå 1)", "all_goals": "Alle mål", "limit": "grense",
        "missing_limit": "Inga grense er sett for: {names} (parametrane max_top_goals og "
                         "max_goals finst ikkje i regelkatalogen som vart brukt).",
        "chart_risks": "Risikomatrise", "likelihood": "Sannsyn",
        "consequence": "Konsekvens", "score": "Risikonivå",
        "no_risks": "Dokumentet har ingen risikoar.",
        "risk_zones": "Raud: risikonivå ≥ {high} (høg risiko). Gul: risikonivå "
                      "{middle}–{high_less}. Grøn: lågare.",
        "unplaced": "Ikkje plassert (verdi utanfor skalaen 1–5)",
        "chart_series": "Oppfølging: {name}", "target": "resultatkrav",
        "series_heading": "Oppfølging av styringsparametrar",
        "point_met": "nådd", "point_missed": "ikkje nådd",
        "series_counts": "resultatkravet er nådd i {met} av {total} periodar",
        "no_target": "Ikkje noko talfesta resultatkrav; periodane er ikkje vurderte.",
        "no_series": "Ingen styringsparametrar har oppfølgingstal (actuals).",
        "findings": "Funn", "no_findings": "Ingen opne funn.", "rule": "Regel",
        "severity": "Alvorsgrad", "location": "Stad", "line": "linje", "column": "kolonne",
        "target_item": "Gjeld", "message": "Funn", "citation": "Grunnlag",
        "instrument": "Regelverk eller kjelde", "section": "Føresegn", "edition": "Utgåve",
        "also": "Sjå òg", "unconfirmed": "tilvisinga er ikkje stadfesta",
        "remediation": "Slik rettar du det", "excerpt": "Utdrag",
        "suppressed": "Funn omfatta av unntak",
        "suppressed_intro": "Desse funna er omfatta av eit gyldig unntak og blir ikkje "
                            "rekna som opne.",
        "waiver": "Unntak", "waivers": "Unntaksregister", "no_waivers": "Ingen unntak.",
        "justification": "Grunngiving", "approved_by": "Godkjent av", "expires": "Går ut",
        "suppresses": "gjeld {n} funn",
        "active": "gyldig", "expired": "gått ut", "unused": "ubrukt", "invalid": "ugyldig dato",
        "error": "Fila kunne ikkje lesast",
        "configuration": "Konfigurasjon",
        "defaults": "standardinnstillingar (inga konfigurasjonsfil)",
        "applies_to": "Gjeld filene", "parameters": "Parametrar", "default": "standard",
        "none": "–",
        "unit": "eining", "period": "periode",
        "budget_heading": "Løyvingar", "budget_address": "Kapittel og post",
        "amount": "Beløp", "income": "inntekt",
    },
    "en": {
        "report": "Compliance report", "page": "Page",
        "subtitle": "Steering documents checked against the rules of management by "
                    "objectives and results",
        "n_documents": "{n} documents",
        "subject": "Check of {ids} against the rules of management by objectives and "
                   "results as of {date}",
        "contents": "Contents", "documents": "Documents checked", "file": "File",
        "title": "Title", "issuer": "Issuer", "recipient": "Recipient", "year": "Year",
        "date": "Dated", "doc_id": "Document id",
        "as_of": "Date of check", "govcheck_version": "govcheck version",
        "catalog_version": "Rule catalog version",
        "verdict": "Verdict", "failed": "Failed",
        "passed_with_findings": "Passed with findings", "passed": "Passed",
        "unreadable": "Unreadable",
        "summary": "Summary", "by_severity": "Open findings by severity",
        "suppressed_note": "{n} findings are suppressed by waivers; see the waiver register.",
        "areas": "Requirement areas", "area": "Area", "status": "Status",
        "open_findings": "Open findings",
        "met": "met", "not_met": "not met", "not_reviewed": "not reviewed",
        "not_applicable": "not applicable",
        "status_note": "\u201cMet\u201d: the area's rules judged at least one item and none "
                       "is broken. \u201cNot reviewed\u201d: at least one rule of the area "
                       "could not run (waiting for another document) or could not judge an "
                       "item the document does not state, or every rule of the area is "
                       "switched off. \u201cNothing to assess\u201d: the document states the "
                       "part the rules read as empty, or has no such part. Neither means the "
                       "area is met.",
        "not_reviewed_rules": "Rules that could not run",
        "hierarchy": "Goal hierarchy", "goal": "Goal", "level": "Level",
        "chain": "Results chain", "perspective": "Perspective", "indicators": "Indicators",
        "risk": "Risk",
        "inherited_note": "A perspective in grey is inherited from the goal above.",
        "risk_legend": "▲ The goal is threatened by a risk scoring (likelihood × consequence) "
                       "{n} or more (parameter high_risk_score).",
        "no_goals": "The document has no goals.",
        "charts": "Charts", "count": "Count", "no_stage": "no stage",
        "no_perspective": "no perspective",
        "chart_stages": "Goals by results-chain stage",
        "chart_perspectives": "Indicators by perspective",
        "chart_limits": "Goal counts against the limits",
        "level1_goals": "Level-1 goals", "all_goals": "All goals", "limit": "limit",
        "missing_limit": "No limit is set for: {names} (the parameters max_top_goals and "
                         "max_goals are not in the rule catalog used).",
        "chart_risks": "Risk matrix", "likelihood": "Likelihood",
        "consequence": "Consequence", "score": "Score",
        "no_risks": "The document has no risks.",
        "risk_zones": "Red: score ≥ {high} (high risk). Amber: score {middle}–{high_less}. "
                      "Green: lower.",
        "unplaced": "Not placed (value outside the 1–5 scale)",
        "chart_series": "Follow-up: {name}", "target": "target",
        "series_heading": "Follow-up of indicators",
        "point_met": "met", "point_missed": "missed",
        "series_counts": "{met} of {total} periods met",
        "no_target": "No numeric target; the periods are not judged.",
        "no_series": "No indicator has actuals.",
        "findings": "Findings", "no_findings": "No open findings.", "rule": "Rule",
        "severity": "Severity", "location": "Location", "line": "line", "column": "column",
        "target_item": "Target", "message": "Finding", "citation": "Basis",
        "instrument": "Instrument", "section": "Section", "edition": "Edition",
        "also": "See also", "unconfirmed": "section unconfirmed",
        "remediation": "How to fix it", "excerpt": "Excerpt",
        "suppressed": "Suppressed findings",
        "suppressed_intro": "These findings are suppressed by a valid waiver and do not count "
                            "as open.",
        "waiver": "Waiver", "waivers": "Waiver register", "no_waivers": "No waivers.",
        "justification": "Justification", "approved_by": "Approved by", "expires": "Expires",
        "suppresses": "suppresses {n}",
        "active": "active", "expired": "expired", "unused": "unused", "invalid": "invalid date",
        "error": "The file could not be read",
        "configuration": "Configuration",
        "defaults": "defaults (no configuration file)",
        "applies_to": "Applies to the files", "parameters": "Parameters",
        "default": "default", "none": "–",
        "unit": "unit", "period": "period",
        "budget_heading": "Appropriations", "budget_address": "Chapter and post",
        "amount": "Amount", "income": "income",
    },
}

# The run: verdict, fail-on, baseline, completeness, configuration, and the report's
# shortening notes; merged into REPORT below.
RUN = {
    'nb': {
        'values_not_stated': 'vurderinger uten verdi (ikke oppgitt i dokumentet): {n}',
        'fail_on': 'Ikke bestått ved (fail-on)',
        'fail_on_cli': 'fra kommandolinjen (--fail-on)',
        'fail_on_config': 'fra konfigurasjonen (fail-on), ellers standard',
        'verdict_note': (
            '«Bestått med merknader»: ingen åpne funn på eller over nivået for «Ikke bestått», '
            'men åpne funn under det eller kjente funn fra grunnlinjen. Forhold som ikke '
            'kunne vurderes, verken senker eller hever konklusjonen; antallet står ved siden '
            'av den. Funn som er omfattet av gyldige unntak, '
            'teller ikke; de står i unntaksregisteret.'
        ),
        'sections_open': 'regler på lister dokumentet ikke oppgir fullt ut: {n}',
        'rules_not_reviewed': 'regler ikke vurdert: {n}',
        'unreadable_files': 'filer som ikke kunne leses: {n}',
        'config_file': 'Konfigurasjonsfil',
        'config_sha': 'SHA-256 av konfigurasjonen',
        'fingerprint': 'Fingeravtrykk for regelsettet',
        'fingerprint_note': (
            'Fingeravtrykket er SHA-256 over regelkatalogen, egne regler, parametere, '
            'alvorlighetsgrader og hvilke regler som er slått på. To rapporter med samme '
            'fingeravtrykk og samme govcheck-versjon er kontrollert med de samme reglene.'
        ),
        'baseline': 'Grunnlinje',
        'baseline_written': 'skrevet {date}',
        'baseline_undated': 'skrivedato ikke registrert',
        'known': 'Kjente funn (grunnlinje)',
        'known_count': 'kjente funn (grunnlinje): {n}',
        'known_intro': (
            'Disse funnene står i grunnlinjen og regnes derfor ikke som åpne. De er ikke rettet. '
            'Grunnlinjen kan aldri godta SCHEMA-, REF- eller WAIVER-funn.'
        ),
        'shortened': (
            'Regel {rule} har {total} funn i dette dokumentet: de {shown} første vises i sin '
            'helhet, til og med nr. {listed} i tabellen under; alle står i JSON- og '
            'SARIF-utdataene.'
        ),
        'tree_shortened': (
            'Målhierarkiet viser de {shown} første av {total} mål; alle står i dokumentet og i '
            'funnene.'
        ),
        'severity_changed': 'Alvorlighetsgrad endret i konfigurasjonen',
        'parameters_changed': 'Parametere endret i konfigurasjonen',
        'local_rules': 'Egne regler (rule-dirs)',
        'rules_enabled': 'Regler som er slått på',
        'per_document': 'Per dokument',
        'list_ran': 'Kjørt',
        'list_not_applicable': 'Gjelder ikke dokumenttypen',
        'list_not_reviewed': 'Ikke vurdert',
        'no_rules_ran': 'Filen kunne ikke leses; ingen regler ble kjørt.',
        'appendix': 'Vedlegg: regler og konfigurasjon',
        'disabled': 'Slått av i konfigurasjonen',
    },
    'nn': {
        'values_not_stated': 'vurderingar utan verdi (ikkje oppgitt i dokumentet): {n}',
        'fail_on': 'Ikkje bestått ved (fail-on)',
        'fail_on_cli': 'frå kommandolinja (--fail-on)',
        'fail_on_config': 'frå konfigurasjonen (fail-on), elles standard',
        'verdict_note': (
            '«Bestått med merknader»: ingen opne funn på eller over nivået for «Ikkje bestått», '
            'men opne funn under det eller kjende funn frå grunnlinja. Forhold som ikkje '
            'kunne vurderast, verken senkar eller hevar konklusjonen; talet står ved sida av '
            'konklusjonen. Funn som er omfatta av gyldige '
            'unntak, tel ikkje; dei står i unntaksregisteret.'
        ),
        'sections_open': 'reglar på lister dokumentet ikkje oppgir fullt ut: {n}',
        'rules_not_reviewed': 'reglar ikkje vurderte: {n}',
        'unreadable_files': 'filer som ikkje kunne lesast: {n}',
        'config_file': 'Konfigurasjonsfil',
        'config_sha': 'SHA-256 av konfigurasjonen',
        'fingerprint': 'Fingeravtrykk for regelsettet',
        'fingerprint_note': (
            'Fingeravtrykket er SHA-256 over regelkatalogen, eigne reglar, parametrar, '
            'alvorsgrader og kva reglar som er slått på. To rapportar med same fingeravtrykk og '
            'same govcheck-versjon er kontrollerte med dei same reglane.'
        ),
        'baseline': 'Grunnlinje',
        'baseline_written': 'skriven {date}',
        'baseline_undated': 'skrivedato ikkje registrert',
        'known': 'Kjende funn (grunnlinje)',
        'known_count': 'kjende funn (grunnlinje): {n}',
        'known_intro': (
            'Desse funna står i grunnlinja og vert difor ikkje rekna som opne. Dei er ikkje '
            'retta. Grunnlinja kan aldri godta SCHEMA-, REF- eller WAIVER-funn.'
        ),
        'shortened': (
            'Regel {rule} har {total} funn i dette dokumentet: dei {shown} første vert viste i '
            'heilskap, til og med nr. {listed} i tabellen under; alle står i JSON- og '
            'SARIF-utdataa.'
        ),
        'tree_shortened': (
            'Målhierarkiet viser dei {shown} første av {total} mål; alle står i dokumentet og i '
            'funna.'
        ),
        'severity_changed': 'Alvorsgrad endra i konfigurasjonen',
        'parameters_changed': 'Parametrar endra i konfigurasjonen',
        'local_rules': 'Eigne reglar (rule-dirs)',
        'rules_enabled': 'Reglar som er slått på',
        'per_document': 'Per dokument',
        'list_ran': 'Køyrde',
        'list_not_applicable': 'Gjeld ikkje dokumenttypen',
        'list_not_reviewed': 'Ikkje vurderte',
        'no_rules_ran': 'Fila kunne ikkje lesast; ingen reglar vart køyrde.',
        'appendix': 'Vedlegg: reglar og konfigurasjon',
        'disabled': 'Slått av i konfigurasjonen',
    },
    'en': {
        'values_not_stated': 'checks without a value (not stated in the document): {n}',
        'fail_on': 'Fails at (fail-on)',
        'fail_on_cli': 'from the command line (--fail-on)',
        'fail_on_config': 'from the configuration (fail-on), else the default',
        'verdict_note': (
            '“Passed with findings”: no open finding at or above the failing level, but open '
            'findings below it or known findings from the baseline. Matters that could not be '
            'assessed neither lower nor raise the verdict; their number stands beside it. '
            'Findings suppressed by valid waivers do '
            'not count; the waiver register lists them.'
        ),
        'sections_open': 'rules on lists the document does not state in full: {n}',
        'rules_not_reviewed': 'rules not reviewed: {n}',
        'unreadable_files': 'files that could not be read: {n}',
        'config_file': 'Configuration file',
        'config_sha': 'SHA-256 of the configuration',
        'fingerprint': 'Rule-set fingerprint',
        'fingerprint_note': (
            'The fingerprint is a SHA-256 over the rule catalog, local rules, parameters, '
            'severities and which rules are switched on. Two reports with the same fingerprint '
            'and govcheck version were checked with the same rules.'
        ),
        'baseline': 'Baseline',
        'baseline_written': 'written {date}',
        'baseline_undated': 'date written not recorded',
        'known': 'Known findings (baseline)',
        'known_count': 'known findings (baseline): {n}',
        'known_intro': (
            'These findings are in the baseline and so do not count as open. They are not fixed. '
            'A baseline can never accept SCHEMA, REF or WAIVER findings.'
        ),
        'shortened': (
            'Rule {rule} has {total} findings in this document: the first {shown} are shown in '
            'full, up to no. {listed} in the table below; all are in the JSON and SARIF output.'
        ),
        'tree_shortened': (
            'The goal hierarchy shows the first {shown} of {total} goals; all are in the '
            'document and in the findings.'
        ),
        'severity_changed': 'Severities changed by the configuration',
        'parameters_changed': 'Parameters changed by the configuration',
        'local_rules': 'Local rules (rule-dirs)',
        'rules_enabled': 'Rules switched on',
        'per_document': 'Per document',
        'list_ran': 'Ran',
        'list_not_applicable': 'Not applicable to the document type',
        'list_not_reviewed': 'Not reviewed',
        'no_rules_ran': 'The file could not be read; no rule ran.',
        'appendix': 'Appendix: rules and configuration',
        'disabled': 'Switched off by the configuration',
    },
}
# The verdict's completeness statement and the status of a rule with nothing to judge
# (docs/terminology.md says why these words); merged into REPORT below. The statement
# itself is in the gettext catalogs (`completeness`): «forhold» is the same in singular and
# plural in nb and nn, "matter(s)" is not.
VERDICT = {
    "nb": {
        "nothing_to_assess": "ingenting å vurdere",
        "nothing_checked": "Ingenting kontrollert",
        "completeness": "Fullstendighet",
    },
    "nn": {
        "nothing_to_assess": "ingenting å vurdere",
        "nothing_checked": "Ingenting kontrollert",
        "completeness": "Fullstendigheit",
    },
    "en": {
        "nothing_to_assess": "nothing to assess",
        "nothing_checked": "Nothing checked",
        "completeness": "Completeness",
    },
}


def completeness(n: int, lang: str) -> str:
    """The verdict's completeness statement: how many matters could not be assessed."""
    lang = lang if lang in VERDICT else "nb"
    if not n:
        return gettext(lang, "every matter the rules cover could be assessed")
    return ngettext(lang, "{n} matter could not be assessed",
                    "{n} matters could not be assessed", n).format(n=n)


for _lang, _words in REPORT.items():
    _words.update(RUN[_lang])
    _words.update(VERDICT[_lang])

# Column heads of the portfolio's severity counts; soft hyphens let them fit narrow columns.
SEVERITY_HEADS = {
    "nb": {"error": "feil", "warning": "advars\u00adler", "info": "til orien\u00adtering"},
    "nn": {"error": "feil", "warning": "åtva\u00adringar", "info": "til orien\u00adtering"},
    "en": {"error": "errors", "warning": "warn\u00adings", "info": "info"},
}

# The portfolio report (HTML and PDF), on top of REPORT.
PORTFOLIO = {
    "nb": {
        "report": "Porteføljerapport",
        "subtitle": "Styringsdokumentene i en portefølje kontrollert mot reglene for mål- og "
                    "resultatstyring",
        "subject": "Kontroll av {n} styringsdokumenter fra {ministry} mot reglene for mål- "
                   "og resultatstyring per {date}",
        "ministry": "Departement", "n_checked": "Antall dokumenter",
        "verdicts": "Konklusjoner",
        "matrix": "Dokumenter og kravområder",
        "trend": "Utvikling per virksomhet",
        "trend_intro": "Virksomheter med dokumenter for flere år: åpne funn per år etter "
                       "alvorlighetsgrad, og funnene siden året før (nye, løste, vedvarende).",
        "since": "{year}: nye {new}, løste {resolved}, vedvarende {persistent}",
        "matrix_intro": "Én rad per dokument, rangert etter antall feil, så advarsler, så "
                        "funn til orientering. Klikk på et dokument for å gå til avsnittet "
                        "om det.",
        "legend": "Forklaring", "area_key": "Kravområder",
        "document": "Dokument", "type": "Type",
        "level1": "Nivå 1", "goals": "Mål", "indicators_head": "Styrings\u00adpara\u00admetere",
        "level1_word": "hovedmål", "goals_word": "mål",
        "indicators_word": "styrings\u00adpara\u00admetere",
        "limit_of": "grense {n}", "over": "over grensen",
        "over_note": "! betyr over grensen: flere hovedmål (nivå 1) enn max_top_goals = {top} "
                     "eller flere mål enn max_goals = {all} (govcheck-terskler som kan endres, "
                     "ikke krav i regelverket).",
        "not_met_in": "Ikke oppfylt i", "totals": "Ikke oppfylt i · sum funn",
        "detailed_report": "Detaljert rapport",
        "no_detail": "Filen kunne ikke leses, så det finnes ingen detaljert rapport.",
        "top_findings": "Åpne funn, de alvorligste først",
        "more_findings": "… og {n} til i den detaljerte rapporten.",
        "parties": "Utsteder → mottaker", "counts": "Funn og mål",
    },
    "nn": {
        "report": "Porteføljerapport",
        "subtitle": "Styringsdokumenta i ein portefølje kontrollerte mot reglane for mål- og "
                    "resultatstyring",
        "subject": "Kontroll av {n} styringsdokument frå {ministry} mot reglane for mål- "
                   "og resultatstyring per {date}",
        "ministry": "Departement", "n_checked": "Talet på dokument",
        "verdicts": "Konklusjonar",
        "matrix": "Dokument og kravområde",
        "trend": "Utvikling per verksemd",
        "trend_intro": "Verksemder med dokument for fleire år: opne funn per år etter "
                       "alvorsgrad, og funna sidan året før (nye, løyste, vedvarande).",
        "since": "{year}: nye {new}, løyste {resolved}, vedvarande {persistent}",
        "matrix_intro": "Éi rad per dokument, rangert etter talet på feil, så åtvaringar, så "
                        "funn til orientering. Klikk på eit dokument for å gå til avsnittet "
                        "om det.",
        "legend": "Forklaring", "area_key": "Kravområde",
        "document": "Dokument", "type": "Type",
        "level1": "Nivå 1", "goals": "Mål", "indicators_head": "Styrings\u00adpara\u00admetrar",
        "level1_word": "hovudmål", "goals_word": "mål",
        "indicators_word": "styrings\u00adpara\u00admetrar",
        "limit_of": "grense {n}", "over": "over grensa",
        "over_note": "! tyder over grensa: fleire hovudmål (nivå 1) enn max_top_goals = {top} "
                     "eller fleire mål enn max_goals = {all} (govcheck-tersklar som kan endrast, "
                     "ikkje krav i regelverket).",
        "not_met_in": "Ikkje oppfylt i", "totals": "Ikkje oppfylt i · sum funn",
        "detailed_report": "Detaljert rapport",
        "no_detail": "Fila kunne ikkje lesast, så det finst ingen detaljert rapport.",
        "top_findings": "Opne funn, dei mest alvorlege først",
        "more_findings": "… og {n} til i den detaljerte rapporten.",
        "parties": "Utferdar → mottakar", "counts": "Funn og mål",
    },
    "en": {
        "report": "Portfolio report",
        "subtitle": "The steering documents of a portfolio checked against the rules of "
                    "management by objectives and results",
        "subject": "Check of {n} steering documents from {ministry} against the rules of "
                   "management by objectives and results as of {date}",
        "ministry": "Ministry", "n_checked": "Documents",
        "verdicts": "Verdicts",
        "matrix": "Documents and requirement areas",
        "trend": "Trend per agency",
        "trend_intro": "Agencies with documents for several years: open findings per year "
                       "by severity, and the findings since the year before (new, resolved, "
                       "persistent).",
        "since": "{year}: new {new}, resolved {resolved}, persistent {persistent}",
        "matrix_intro": "One row per document, ranked by errors, then warnings, then "
                        "information. Select a document to go to its section.",
        "legend": "Key", "area_key": "Requirement areas",
        "document": "Document", "type": "Type",
        "level1": "Level 1", "goals": "Goals", "indicators_head": "Indi\u00adcators",
        "level1_word": "level-1 goals", "goals_word": "goals",
        "indicators_word": "indi\u00adcators",
        "limit_of": "limit {n}", "over": "over the limit",
        "over_note": "! means over the limit: more level-1 goals than max_top_goals = {top} "
                     "or more goals than max_goals = {all} (govcheck thresholds, configurable, "
                     "not requirements of the regulations).",
        "not_met_in": "Not met in", "totals": "Not met in · total findings",
        "detailed_report": "Detailed report",
        "no_detail": "The file could not be read, so there is no detailed report.",
        "top_findings": "Open findings, most severe first",
        "more_findings": "… and {n} more in the detailed report.",
        "parties": "Issuer → recipient", "counts": "Findings and goals",
    },
}

# The CLI's text output: the summary line and rules that could not run.
TEXT = {
    "nb": {"file": "fil", "files": "filer", "checked": "{files} {noun} kontrollert: {parts}",
           "item_not_reviewed": "{place}: ikke vurdert {rule} {target}: {why}",
           "baselined": "{n} kjente fra grunnlinjen",
           "suppressed": "{n} omfattet av unntak", "unreadable": "{n} kunne ikke leses",
           "not_reviewed": "{file}: ikke vurdert: {rules} ({why})",
           "open_section": "{file}: ikke vurdert: {rules} (dokumentet oppgir ikke alt i "
                           "`{section}`)",
           "baseline": "{n} funn er registrert i {file}",
           "skipped": "{n} {noun} hoppet over: ikke styringsdokumenter",
           "configuration": "konfigurasjon {source}", "defaults": "ingen (standard)",
           "config_of": "{file}: konfigurasjon {source}",
           "written": "{file} (+{n} detaljerte rapporter)"},
    "nn": {"file": "fil", "files": "filer", "checked": "{files} {noun} kontrollert: {parts}",
           "item_not_reviewed": "{place}: ikkje vurdert {rule} {target}: {why}",
           "baselined": "{n} kjende frå grunnlinja",
           "suppressed": "{n} omfatta av unntak", "unreadable": "{n} kunne ikkje lesast",
           "not_reviewed": "{file}: ikkje vurdert: {rules} ({why})",
           "open_section": "{file}: ikkje vurdert: {rules} (dokumentet oppgir ikkje alt i "
                           "`{section}`)",
           "baseline": "{n} funn er registrerte i {file}",
           "skipped": "{n} {noun} hoppa over: ikkje styringsdokument",
           "configuration": "konfigurasjon {source}", "defaults": "ingen (standard)",
           "config_of": "{file}: konfigurasjon {source}",
           "written": "{file} (+{n} detaljerte rapportar)"},
    "en": {"file": "file", "files": "files", "checked": "{files} {noun} checked: {parts}",
           "item_not_reviewed": "{place}: not reviewed {rule} {target}: {why}",
           "baselined": "{n} known from the baseline",
           "suppressed": "{n} suppressed by waivers", "unreadable": "{n} unreadable",
           "not_reviewed": "{file}: not reviewed: {rules} ({why})",
           "open_section": "{file}: not reviewed: {rules} (the document does not state "
                           "all of `{section}`)",
           "baseline": "{n} findings recorded in {file}",
           "skipped": "{n} {noun} skipped: not goal documents",
           "configuration": "configuration {source}", "defaults": "none (defaults)",
           "config_of": "{file}: configuration {source}",
           "written": "{file} (+{n} detailed reports)"},
}

# `govcheck rules`, `govcheck explain` and docs/rules.md.
CATALOG = {
    "nb": {"catalog": "Regelkatalog", "generated": "Generert fra `rules/*.yaml` med "
           "`python -m govcheck.report.catalog`; skal ikke redigeres for hånd.",
           "id": "id", "severity": "alvorlighet", "types": "gjelder", "checks": "kontrollerer",
           "parameters": "parametere", "citation": "grunnlag", "off": "slått av",
           "all": "alle dokumenttyper",
           "rationale": "Begrunnelse", "citation_heading": "Grunnlag",
           "parameters_heading": "Parametere", "remediation": "Slik retter du det",
           "example": "Eksempel som bryter regelen", "applies_to": "Gjelder",
           "source": "Kilde", "default": "standard {value}"},
    "nn": {"catalog": "Regelkatalog", "generated": "Generert frå `rules/*.yaml` med "
           "`python -m govcheck.report.catalog`; skal ikkje redigerast for hand.",
           "id": "id", "severity": "alvorsgrad", "types": "gjeld", "checks": "kontrollerer",
           "parameters": "parametrar", "citation": "grunnlag", "off": "slått av",
           "all": "alle dokumenttypar",
           "rationale": "Grunngiving", "citation_heading": "Grunnlag",
           "parameters_heading": "Parametrar", "remediation": "Slik rettar du det",
           "example": "Døme som bryt regelen", "applies_to": "Gjeld",
           "source": "Kjelde", "default": "standard {value}"},
    "en": {"catalog": "Rule catalog", "generated": "Generated from `rules/*.yaml` by "
           "`python -m govcheck.report.catalog`; do not edit by hand.",
           "id": "id", "severity": "severity", "types": "types", "checks": "checks",
           "parameters": "parameters", "citation": "citation", "off": "off",
           "all": "all document types",
           "rationale": "Rationale", "citation_heading": "Basis",
           "parameters_heading": "Parameters", "remediation": "How to fix it",
           "example": "Example that breaks the rule", "applies_to": "Applies to",
           "source": "Source", "default": "default {value}"},
}

TABLES = {"REPORT": REPORT, "SEVERITY_HEADS": SEVERITY_HEADS, "PORTFOLIO": PORTFOLIO,
          "TEXT": TEXT, "CATALOG": CATALOG}
