"""Every text of the reports and the CLI summary that is not a rule's own.

One table per use, read as `TABLE[lang][key]`; the English texts are the message ids of the
gettext catalogs in govcheck/locale/ (docs/translating.md). Terms follow docs/terminology.md.
"""

from __future__ import annotations

from govcheck.i18n import N_, NP_, Texts, gettext, ngettext

AREAS = {
    "MRS": Texts(N_("Goals and result requirements")),
    "HIER": Texts(N_("Goal hierarchy")),
    "CHAIN": Texts(N_("Results chain")),
    "PERSP": Texts(N_("The four perspectives")),
    "RISK": Texts(N_("Risk and materiality")),
    "IC": Texts(N_("Internal control")),
    "USER": Texts(N_("User participation")),
    "RES": Texts(N_("Resources and efficiency")),
    "LETTER": Texts(N_("Allocation letter content")),
    "FOLLOW": Texts(N_("Follow-up of results")),
    "CASC": Texts(N_("Cascade from the parent")),
    "STAB": Texts(N_("Stability over years")),
    "VALID": Texts(N_("Format and references")),
    "WAIVER": Texts(N_("Waivers")),
    "REPORT": Texts(N_("The annual report")),
}


def area_name(area: str, lang: str) -> str:
    return AREAS.get(area, {}).get(lang, area)


# The audit report (HTML and PDF).
_REPORT = {
    "report": N_("Compliance report"),
    "page": N_("Page"),
    "subtitle": N_("Steering documents checked against the rules of management by objectives and "
                   "results"),
    "n_documents": N_("{n} documents"),
    "subject": N_("Check of {ids} against the rules of management by objectives and results as "
                  "of {date}"),
    "contents": N_("Contents"),
    "documents": N_("Documents checked"),
    "file": N_("File"),
    "title": N_("Title"),
    "issuer": N_("Issuer"),
    "recipient": N_("Recipient"),
    "year": N_("Year"),
    "date": N_("Dated"),
    "doc_id": N_("Document id"),
    "as_of": N_("Date of check"),
    "govcheck_version": N_("govcheck version"),
    "catalog_version": N_("Rule catalog version"),
    "verdict": N_("Verdict"),
    "failed": N_("Failed"),
    "passed_with_findings": N_("Passed with findings"),
    "passed": N_("Passed"),
    "unreadable": N_("Unreadable"),
    "summary": N_("Summary"),
    "by_severity": N_("Open findings by severity"),
    "suppressed_note": N_("{n} findings are suppressed by waivers; see the waiver register."),
    "areas": N_("Requirement areas"),
    "area": N_("Area"),
    "status": N_("Status"),
    "open_findings": N_("Open findings"),
    "met": N_("met"),
    "not_met": N_("not met"),
    "not_reviewed": N_("not reviewed"),
    "not_applicable": N_("not applicable"),
    "nothing_to_assess": N_("nothing to assess"),
    "nothing_checked": N_("Nothing checked"),
    "completeness": N_("Completeness"),
    "status_note": N_("“Met”: the area's rules judged at least one item and none is broken. "
                      "“Not reviewed”: at least one rule of the area could not run (waiting for "
                      "another document) or could not judge an item the document does not state, "
                      "or every rule of the area is switched off. “Nothing to assess”: the "
                      "document states the part the rules read as empty, or has no such part. "
                      "Neither means the area is met."),
    "not_reviewed_rules": N_("Rules that could not run"),
    "hierarchy": N_("Goal hierarchy"),
    "goal": N_("Goal"),
    "level": N_("Level"),
    "chain": NP_("REPORT.chain", "Results chain"),
    "perspective": N_("Perspective"),
    "indicators": N_("Indicators"),
    "risk": N_("Risk"),
    "inherited_note": N_("A perspective in grey is inherited from the goal above."),
    "risk_legend": N_("▲ The goal is threatened by a risk scoring (likelihood × consequence) {n} "
                      "or more (parameter high_risk_score)."),
    "no_goals": N_("The document has no goals."),
    "charts": N_("Charts"),
    "count": N_("Count"),
    "no_stage": N_("no stage"),
    "no_perspective": N_("no perspective"),
    "chart_stages": N_("Goals by results-chain stage"),
    "chart_perspectives": N_("Indicators by perspective"),
    "chart_limits": N_("Goal counts against the limits"),
    "level1_goals": N_("Level-1 goals"),
    "all_goals": N_("All goals"),
    "limit": N_("limit"),
    "missing_limit": N_("No limit is set for: {names} (the parameters max_top_goals and "
                        "max_goals are not in the rule catalog used)."),
    "chart_risks": N_("Risk matrix"),
    "likelihood": N_("Likelihood"),
    "consequence": N_("Consequence"),
    "score": N_("Score"),
    "no_risks": N_("The document has no risks."),
    "risk_zones": N_("Red: score ≥ {high} (high risk). Amber: score {middle}–{high_less}. Green: "
                     "lower."),
    "unplaced": N_("Not placed (value outside the 1–5 scale)"),
    "chart_series": N_("Follow-up: {name}"),
    "target": N_("target"),
    "series_heading": N_("Follow-up of indicators"),
    "point_met": NP_("REPORT.point_met", "met"),
    "point_missed": N_("missed"),
    "series_counts": N_("{met} of {total} periods met"),
    "no_target": N_("No numeric target; the periods are not judged."),
    "no_series": N_("No indicator has actuals."),
    "findings": N_("Findings"),
    "no_findings": N_("No open findings."),
    "rule": N_("Rule"),
    "severity": N_("Severity"),
    "location": N_("Location"),
    "line": N_("line"),
    "column": N_("column"),
    "target_item": N_("Target"),
    "message": N_("Finding"),
    "citation": N_("Basis"),
    "instrument": N_("Instrument"),
    "section": N_("Section"),
    "edition": N_("Edition"),
    "also": N_("See also"),
    "unconfirmed": N_("section unconfirmed"),
    "remediation": N_("How to fix it"),
    "excerpt": N_("Excerpt"),
    "suppressed": N_("Suppressed findings"),
    "suppressed_intro": N_("These findings are suppressed by a valid waiver and do not count as "
                           "open."),
    "waiver": N_("Waiver"),
    "waivers": N_("Waiver register"),
    "no_waivers": N_("No waivers."),
    "justification": N_("Justification"),
    "approved_by": N_("Approved by"),
    "expires": N_("Expires"),
    "suppresses": N_("suppresses {n}"),
    "active": N_("active"),
    "expired": N_("expired"),
    "unused": N_("unused"),
    "invalid": N_("invalid date"),
    "error": N_("The file could not be read"),
    "configuration": N_("Configuration"),
    "defaults": N_("defaults (no configuration file)"),
    "applies_to": N_("Applies to the files"),
    "parameters": N_("Parameters"),
    "default": N_("default"),
    "none": "–",
    "unit": N_("unit"),
    "period": N_("period"),
    "budget_heading": N_("Appropriations"),
    "budget_address": N_("Chapter and post"),
    "amount": N_("Amount"),
    "income": N_("income"),
}

# The run: verdict, fail-on, baseline, completeness, configuration, and the report's
# shortening notes; in REPORT as well.
_RUN = {
    "values_not_stated": N_("checks without a value (not stated in the document): {n}"),
    "fail_on": N_("Fails at (fail-on)"),
    "fail_on_cli": N_("from the command line (--fail-on)"),
    "fail_on_config": N_("from the configuration (fail-on), else the default"),
    "verdict_note": N_("“Passed with findings”: no open finding at or above the failing level, "
                       "but open findings below it or known findings from the baseline. Matters "
                       "that could not be assessed neither lower nor raise the verdict; their "
                       "number stands beside it. Findings suppressed by valid waivers do not "
                       "count; the waiver register lists them."),
    "sections_open": N_("rules on lists the document does not state in full: {n}"),
    "rules_not_reviewed": N_("rules not reviewed: {n}"),
    "unreadable_files": N_("files that could not be read: {n}"),
    "config_file": N_("Configuration file"),
    "config_sha": N_("SHA-256 of the configuration"),
    "fingerprint": N_("Rule-set fingerprint"),
    "fingerprint_note": N_("The fingerprint is a SHA-256 over the rule catalog, local rules, "
                           "parameters, severities and which rules are switched on. Two reports "
                           "with the same fingerprint and govcheck version were checked with the "
                           "same rules."),
    "baseline": N_("Baseline"),
    "baseline_written": N_("written {date}"),
    "baseline_undated": N_("date written not recorded"),
    "known": N_("Known findings (baseline)"),
    "known_count": N_("known findings (baseline): {n}"),
    "known_intro": N_("These findings are in the baseline and so do not count as open. They are "
                      "not fixed. A baseline can never accept SCHEMA, REF or WAIVER findings."),
    "shortened": N_("Rule {rule} has {total} findings in this document: the first {shown} are "
                    "shown in full, up to no. {listed} in the table below; all are in the JSON "
                    "and SARIF output."),
    "tree_shortened": N_("The goal hierarchy shows the first {shown} of {total} goals; all are "
                         "in the document and in the findings."),
    "severity_changed": N_("Severities changed by the configuration"),
    "parameters_changed": N_("Parameters changed by the configuration"),
    "local_rules": N_("Local rules (rule-dirs)"),
    "rules_enabled": N_("Rules switched on"),
    "per_document": N_("Per document"),
    "list_ran": N_("Ran"),
    "list_not_applicable": N_("Not applicable to the document type"),
    "list_not_reviewed": N_("Not reviewed"),
    "no_rules_ran": N_("The file could not be read; no rule ran."),
    "appendix": N_("Appendix: rules and configuration"),
    "disabled": N_("Switched off by the configuration"),
}
REPORT = Texts({**_REPORT, **_RUN})

# Column heads of the portfolio's severity counts; soft hyphens let them fit narrow columns.
SEVERITY_HEADS = Texts({
    "error": N_("errors"),
    "warning": N_("warn\u00adings"),
    "info": N_("info"),
})

# The portfolio report (HTML and PDF), on top of REPORT.
PORTFOLIO = Texts({
    "report": N_("Portfolio report"),
    "subtitle": N_("The steering documents of a portfolio checked against the rules of "
                   "management by objectives and results"),
    "subject": N_("Check of {n} steering documents from {ministry} against the rules of "
                  "management by objectives and results as of {date}"),
    "ministry": N_("Ministry"),
    "n_checked": N_("Documents"),
    "verdicts": N_("Verdicts"),
    "matrix": N_("Documents and requirement areas"),
    "trend": N_("Trend per agency"),
    "trend_intro": N_("Agencies with documents for several years: open findings per year by "
                      "severity, and the findings since the year before (new, resolved, "
                      "persistent)."),
    "since": N_("{year}: new {new}, resolved {resolved}, persistent {persistent}"),
    "matrix_intro": N_("One row per document, ranked by errors, then warnings, then information. "
                       "Select a document to go to its section."),
    "legend": N_("Key"),
    "area_key": N_("Requirement areas"),
    "document": N_("Document"),
    "type": N_("Type"),
    "level1": N_("Level 1"),
    "goals": N_("Goals"),
    "indicators_head": N_("Indi\u00adcators"),
    "level1_word": N_("level-1 goals"),
    "goals_word": N_("goals"),
    "indicators_word": N_("indi\u00adcators"),
    "limit_of": N_("limit {n}"),
    "over": N_("over the limit"),
    "over_note": N_("! means over the limit: more level-1 goals than max_top_goals = {top} or "
                    "more goals than max_goals = {all} (govcheck thresholds, configurable, not "
                    "requirements of the regulations)."),
    "not_met_in": N_("Not met in"),
    "totals": N_("Not met in · total findings"),
    "detailed_report": N_("Detailed report"),
    "no_detail": N_("The file could not be read, so there is no detailed report."),
    "top_findings": N_("Open findings, most severe first"),
    "more_findings": N_("… and {n} more in the detailed report."),
    "parties": N_("Issuer → recipient"),
    "counts": N_("Findings and goals"),
})

# The CLI's text output: the summary line and rules that could not run.
TEXT = Texts({
    "item_not_reviewed": N_("{place}: not reviewed {rule} {target}: {why}"),
    "baselined": N_("{n} known from the baseline"),
    "suppressed": N_("{n} suppressed by waivers"),
    "unreadable": N_("{n} unreadable"),
    "not_reviewed": N_("{file}: not reviewed: {rules} ({why})"),
    "open_section": N_("{file}: not reviewed: {rules} (the document does not state all of "
                       "`{section}`)"),
    "baseline": N_("{n} findings recorded in {file}"),
    "configuration": N_("configuration {source}"),
    "defaults": N_("none (defaults)"),
    "config_of": N_("{file}: configuration {source}"),
    "written": N_("{file} (+{n} detailed reports)"),
})

# `govcheck rules`, `govcheck explain` and docs/rules.md.
CATALOG = Texts({
    "catalog": N_("Rule catalog"),
    "generated": N_("Generated from `rules/*.yaml` by `python -m govcheck.report.catalog`; do "
                    "not edit by hand."),
    "id": N_("id"),
    "severity": N_("severity"),
    "types": N_("types"),
    "checks": N_("checks"),
    "parameters": N_("parameters"),
    "citation": N_("citation"),
    "off": N_("off"),
    "all": N_("all document types"),
    "rationale": N_("Rationale"),
    "citation_heading": N_("Basis"),
    "parameters_heading": N_("Parameters"),
    "remediation": N_("How to fix it"),
    "example": N_("Example that breaks the rule"),
    "applies_to": N_("Applies to"),
    "source": N_("Source"),
    "default": N_("default {value}"),
})


def completeness(n: int, lang: str) -> str:
    """The verdict's completeness statement beside the verdict (docs/terminology.md):
    how many matters could not be assessed; «forhold» is one form in nb and nn."""
    if not n:
        return gettext(lang, "every matter the rules cover could be assessed")
    return ngettext(lang, "{n} matter could not be assessed",
                    "{n} matters could not be assessed", n).format(n=n)
