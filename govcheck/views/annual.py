"""Ministries' view of an annual report: the share of styringsparametere reported and met
and of oppdrag done, from the checker's facts (portfolio rows). Two years' reports side by
side are in views/diff/annual.
"""

from __future__ import annotations


def attainment_shares(result) -> dict | None:
    """Counts and shares for one checked annual report, from its document fact (kept by
    parallel runs too); None for other documents, and for a report whose letters were not
    in the run (nothing was compared)."""
    if result.error or result.document_type != "annual_report":
        return None
    fact = result.document_fact or {}
    if "report_indicator_count" not in fact:
        return None
    indicators, judged = fact["report_indicator_count"], fact["report_judged_count"]
    assignments = fact["report_assignment_count"]
    return {
        "indicators": indicators, "reported": fact["report_reported_count"],
        "judged": judged, "met": fact["report_met_count"],
        "assignments": assignments, "done": fact["report_done_count"],
        "reported_share": fact["report_reported_count"] / indicators if indicators else None,
        "met_share": fact["report_met_count"] / judged if judged else None,  # of the judged
        "done_share": fact["report_done_count"] / assignments if assignments else None,
    }
