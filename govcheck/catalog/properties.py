"""Every fact property a rule may read: kind → name → (type, meaning).

Rule files are checked against this table, so a misspelt property is an error, not a
rule that silently never fires. docs/facts.md is generated from it.
"""

from __future__ import annotations

_COMMON = {
    "target": ("string", "the item's id (its path when it has none); `document` for the document"),
    "unknown": ("list", "properties of this fact the document leaves unknown (format 2: "
                        "null or not stated); a rule whose condition they leave undecided "
                        "reports the item as not reviewed"),
    "at_least": ("list", "of those, counts and maxima whose value is what the document "
                         "states: the whole is at least that"),
}
PROPERTIES: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        **_COMMON,
        "doc_type": ("string", "document.type, or `none`"),
        "names_parent_document": ("boolean", "document.parent names the document above"),
        "level1_count": ("integer", "goals at level 1"),
        "level1_standing_count": ("integer", "goals at level 1 that are not a year's priority "
                                             "(`kind: priority` left out)"),
        "goal_count": ("integer", "goals at every level"),
        "activity_share": ("number", "share of goals at `input` or `activity` stage "
                                     "(0 without goals)"),
        "year": ("integer", "document.year (absent when not a whole number)"),
        "output_goal_count": ("integer", "goals at `output` stage"),
        "outcome_goal_count": ("integer", "goals at `outcome` stage"),
        "indicator_count": ("integer", "indicators in the document"),
        "quality_indicator_count": ("integer", "indicators with `quality: true`"),
        "missing_perspectives": ("list", "required_perspectives no indicator covers"),
        "missing_perspective_count": ("integer", "how many perspectives are missing"),
        "user_indicator_count": ("integer", "indicators on goals whose perspective is `user`"),
        "efficiency_indicator_count": ("integer", "indicators on `finance` goals or in nok/ratio"),
        "assignment_count": ("integer", "assignments"),
        "max_risk_score": ("integer", "highest likelihood × consequence (0 without risks)"),
        "high_risk": ("boolean", "max_risk_score is high: above the agreed tolerance_score, or "
                      "without one at least high_risk_score (as a risk's `high`)"),
        "high_from": ("integer", "the score from which a risk counts as high"),
        "high_basis": ("string", "`agreed_tolerance` or `govcheck_threshold`"),
        "control_count": ("integer", "internal controls"),
        "systemic_mechanism_count": ("integer", "participation mechanisms at `systemic` level"),
        "is_nav": ("boolean", "issuer or recipient matches nav_pattern"),
        "budget_line_count": ("integer", "budget lines"),
        "authorisation_count": ("integer", "budget authorisations"),
        "annual_report_next_year_count": ("integer",
                                          "annual_report requirements due in year + 1"),
        "governance_meetings_in_year": ("integer", "governance meetings dated in the year"),
        "legal_basis_count": ("integer", "entries of legal_basis"),
        "copies_riksrevisjonen": ("boolean", "copy_to names Riksrevisjonen"),
        "previous_document": ("string", "id of last year's document, when at hand"),
        "previous_goal_count": ("integer", "its goals"),
        "previous_indicator_count": ("integer", "its indicators"),
        "previous_assignment_count": ("integer", "its assignments"),
        "goal_change": ("integer", "goals now minus goals then"),
        "indicator_change": ("integer", "indicators now minus indicators then"),
        "steering_change": ("integer", "goals + indicators now minus goals + indicators then"),
        "assignment_growth": ("number", "(assignments now − then) ÷ then (at least 1)"),
        "kept_indicator_count": ("integer", "last year's indicators kept (same id or name)"),
        "kept_indicator_share": ("number", "that ÷ last year's indicators (absent when none)"),
        "expenditure_line_count": ("integer", "budget lines on expenditure chapters (below 3000 "
                                              "or from 6000)"),
        "income_line_count": ("integer", "budget lines on income chapters (3000–5999)"),
        "allocated_line_count": ("integer", "expenditure lines with an amount above 0 "
                                            "(unknown when lines exist but no amount is stated)"),
        "budget_basis_count": ("integer", "entries of budget.basis"),
        "government_requirement_count": ("integer", "fellesføringer"),
        "audit_follow_up_count": ("integer", "Riksrevisjonen cases followed up"),
        "evaluation_count": ("integer", "evaluations"),
        "instruction_count": ("integer", "standing instructions named"),
        "has_main_instruction": ("boolean", "an instruction of kind `main_instruction`"),
        "has_risk_tolerance": ("boolean", "the document states a risk_tolerance"),
        "tolerance_agreed": ("boolean", "risk_tolerance names who it was agreed with "
                                        "(`agreed_with`)"),
        "missing_phases": ("list", "phases (planning, implementation, evaluation) no "
                                   "systemic participation mechanism names"),
        "missing_phase_count": ("integer", "how many phases are missing"),
        "has_reference": ("boolean", "document.reference is stated"),
        "has_date": ("boolean", "document.date is a valid date"),
        "date": ("string", "document.date (ISO), when it is a valid date"),
        "days_after_year_start": ("integer", "days from 1 January of document.year to "
                                             "document.date (negative before; unknown "
                                             "without a date)"),
        "signatory_count": ("integer", "document.signatories"),
        "attachment_count": ("integer", "document.attachments"),
        "parent_count": ("integer", "higher documents named in document.parent"),
        "amends": ("string", "document.amends, or empty"),
    },
    "goal": {
        **_COMMON,
        "level": ("integer", "its level (absent when not a whole number)"),
        "has_parent": ("boolean", "it names a parent"),
        "parent_resolves": ("boolean", "its parent names an existing goal"),
        "parent": ("string", "the parent goal's id, when it resolves"),
        "level_step": ("integer", "level minus the parent's level, when both are known"),
        "chain": ("string", "its results-chain stage, or `none` when absent or invalid"),
        "parent_chain": ("string", "the parent's stage, when both stages are valid"),
        "stage_rise": ("integer", "stages it lies after its parent's (input=0 … outcome=3)"),
        "has_children": ("boolean", "some goal names it as parent"),
        "is_leaf": ("boolean", "no goal names it as parent"),
        "indicator_count": ("integer", "its own indicators"),
        "subtree_indicator_count": ("integer", "indicators on it and its descendants"),
        "subtree_outcome_indicator_count": ("integer",
                                            "indicators on `outcome` goals in its subtree"),
        "descendant_delivery_count": ("integer",
                                      "descendants at output, activity or input stage"),
        "risk_count": ("integer", "risks that name it in `goals`"),
        "max_threat_score": ("integer", "highest score of those risks (0 without any; unknown "
                                        "when one of them has no score)"),
        "high_threat": ("boolean", "max_threat_score is high, as a risk's `high`"),
        "high_from": ("integer", "the score from which a risk counts as high"),
        "high_basis": ("string", "`agreed_tolerance` or `govcheck_threshold`"),
        "subtree_frequent_indicator_count": ("integer",
                                             "indicators in its subtree followed more often "
                                             "than annually"),
        "subtree_budget_line_count": ("integer", "budget lines linked to its subtree"),
        "document_has_budget": ("boolean", "the document has budget lines"),
        "parent_indicator_count": ("integer", "indicators on the goal above, when it resolves"),
        "strategy_link_count": ("integer", "its `strategy` ids that name a strategic goal"),
        "document_has_strategy": ("boolean", "the document has strategic goals"),
        "cycle_head": ("boolean", "the goal of a cycle of parent links whose id sorts first"),
        "has_owner": ("boolean", "it names an owner itself (goal_has_owner on indicators "
                                 "also counts inherited owners)"),
        "goal_kind": ("string", "`priority` for kind: priority, else `standing`"),
        "contributes_to": ("string", "its contributes_to, when the parent document is at hand"),
        "contributes_to_resolves": ("boolean", "that names a goal of the parent document"),
        "parent_document": ("string", "id of the parent document, when at hand"),
        # an annual report read against its letters (absent otherwise)
        "report_indicator_count": ("integer", "styringsparametere of the letters"),
        "report_reported_count": ("integer", "of those, reported"),
        "report_judged_count": ("integer", "of those, compared with a numeric requirement"),
        "report_met_count": ("integer", "of those, met"),
        "report_assignment_count": ("integer", "oppdrag of the letters"),
        "report_done_count": ("integer", "of those, reported as done"),
    },
    "parent_goal": {
        **_COMMON,
        "parent_document": ("string", "id of the parent document"),
        "parent_goal": ("string", "id of a level-1 goal of the parent document"),
        "amended_by": ("list", "ids of the supplementary letters in the run amending the "
                               "parent, folded into it (`{amended_by:supplements}`)"),
        "carried_down_count": ("integer", "goals here whose contributes_to names it"),
    },
    "parent_link": {
        **_COMMON,
        "parent_document": ("string", "id of the parent document"),
        "year": ("integer", "document.year (absent when not a whole number)"),
        "parent_year": ("integer", "the parent's document.year (absent when unknown)"),
        "year_matches_parent": ("boolean", "both years known and equal (true when either "
                                           "is unknown: nothing to compare)"),
        "issuer": ("string", "document.issuer"),
        "parent_recipient": ("string", "the parent's document.recipient"),
        "amended_by": ("list", "ids of the supplementary letters in the run amending the "
                               "parent, folded into it (`{amended_by:supplements}`)"),
        "issuer_is_parent_recipient": ("boolean", "issuer is the parent's recipient or a unit "
                                                  "of it (docs/goal-document.md); true when "
                                                  "either is missing"),
    },
    "parent_post": {
        **_COMMON,
        "parent_document": ("string", "id of the parent document"),
        "post": ("string", "chapter.post, e.g. 605.01"),
        "address": ("string", "chapter/post, e.g. 605/01 (`{address:budget}`: kap. 605 post 01)"),
        "amended_by": ("list", "ids of the supplementary letters in the run amending the "
                               "parent, folded into it (`{amended_by:supplements}`)"),
        "amount": ("number", "this document's amount on the post, all its lines"),
        "in_parent": ("boolean", "the parent allocates the post"),
        "parent_amount": ("number", "the parent's amount on the post (0 when absent), with "
                                    "the changes of its supplements in the run"),
        "children_total": ("number", "this document's amount plus that of the parent's other "
                                     "children checked in the same run"),
        "children_count": ("integer", "documents summed in children_total"),
        "exceeds_parent": ("boolean", "children_total is above parent_amount"),
    },
    "indicator": {
        **_COMMON,
        "goal": ("string", "the goal it sits on"),
        "unit": ("string", "its unit (percent, count, days, nok, ratio, score, weeks, hours, "
                           "minutes, other), when given"),
        "has_target": ("boolean", "a target with a period (a milestone: or a deadline) and a "
                                  "value or description (unknown when a target's parts are null)"),
        "quantitative": ("boolean", "steered by a number: a numeric target, or no target but a "
                                    "unit (unknown without either)"),
        "target_count": ("integer", "its targets (resultatkrav)"),
        "numeric_target_count": ("integer", "targets of kind numeric (or with a value)"),
        "qualitative_target_count": ("integer", "targets of kind qualitative"),
        "milestone_target_count": ("integer", "targets of kind milestone"),
        "has_owner": ("boolean", "the indicator names its own owner"),
        "has_baseline": ("boolean", "a baseline with a numeric value"),
        "missing_info": ("list", "which of source and frequency it lacks"),
        "missing_info_count": ("integer", "how many of them"),
        "quality": ("boolean", "`quality: true`"),
        "goal_has_owner": ("boolean", "its goal, or an ancestor, has an owner"),
        "target_value": ("number", "numeric target (absent without actuals to judge)"),
        "target_direction": ("string", "the indicator's direction when it is judged "
                                       "(higher_is_better, lower_is_better, on_target)"),
        "latest_period": ("string", "period of the latest judged actual"),
        "latest_value": ("number", "value of the latest judged actual"),
        "latest_shortfall": ("number", "how far the latest actual is worse than target"),
        "allowed_shortfall": ("number", "max(tolerance, relative_tolerance × |target|)"),
        "latest_miss": ("boolean", "latest_shortfall is above allowed_shortfall"),
        "reported_in": ("integer", "reporting entries whose `indicators` name it, or that "
                        "list no indicators (read as covering all)"),
        "document_has_reporting": ("boolean", "the document has reporting entries"),
        "uncorrected_miss_run": ("integer", "longest run of consecutive misses with no "
                                            "corrective action overlapping it"),
        "miss_run_first": ("string", "first period of that run"),
        "miss_run_last": ("string", "last period of that run"),
    },
    "risk": {
        **_COMMON,
        "score": ("integer", "likelihood × consequence (absent when either is not a number)"),
        "treatment": ("string", "its treatment, or `none`"),
        "complete_measure_count": ("integer", "measures with both owner and deadline"),
        "treatment_gaps": ("list", "what a high risk lacks: treatment_choice (reduce, transfer "
                           "or avoid) and/or complete_measure"),
        "has_owner": ("boolean", "it names an owner"),
        "control_link_count": ("integer", "controls linked either way"),
        "high": ("boolean", "score above the agreed tolerance_score, or without one at least "
                            "high_risk_score"),
        "high_from": ("integer", "the score from which it counts as high"),
        "high_basis": ("string", "`agreed_tolerance` when high_from comes from risk_tolerance, "
                                 "else `govcheck_threshold` (high_risk_score)"),
        "tolerance_score": ("integer", "risk_tolerance.max_score, when stated"),
        "tolerance_agreed_with": ("string", "risk_tolerance.agreed_with, when stated"),
        "residual_score": ("integer", "residual likelihood × consequence, when both are stated"),
        "residual_above_tolerance": ("boolean", "with a stated tolerance: false when the score "
                                     "is within it, else whether residual_score exceeds it "
                                     "(unknown when no residual is stated)"),
        "has_objective_category": ("boolean", "it names its objective_category"),
    },
    "evaluation": {
        **_COMMON,
        "goal_link_count": ("integer", "goals it names that exist"),
        "has_period": ("boolean", "it states a valid period (when it is done)"),
        "missing_parts": ("list", "which of evaluation_goals and evaluation_period it lacks"),
        "missing_part_count": ("integer", "how many of them"),
    },
    "control": {
        **_COMMON,
        "missing_info": ("list", "which of owner and frequency it lacks"),
        "missing_info_count": ("integer", "how many of them"),
        "risk_link_count": ("integer", "risks linked either way"),
    },
    "mechanism": {
        **_COMMON,
        "goal_link_count": ("integer", "goals it names that exist"),
        "systemic": ("boolean", "level is `systemic`"),
    },
    "budget_line": {
        **_COMMON,
        "goal_link_count": ("integer", "goals it names that exist"),
        "risked_goal_count": ("integer", "of those, goals some risk names"),
        "address": ("string", "chapter/post, e.g. 605/01 (`{address:budget}`: kap. 605 post 01)"),
        "amount": ("number", "its amount (absent, and listed in unknown, when not stated)"),
        "income": ("boolean", "an income post (chapter 3000–5999)"),
        "share": ("number", "amount ÷ the sum of all expenditure line amounts (absent on "
                            "income lines)"),
        "spent": ("number", "cumulative spending at its latest period in the year"),
        "spending_period": ("string", "that latest period"),
        "post_type": ("string", "operating (post 01–29), investment (30–49), transfer (50–89), "
                      "lending (90–99) or unknown"),
        "year_end": ("boolean", "the latest spending period ends in December"),
        "spending_deviation": ("number", "|spent − amount| ÷ amount"),
        "spending_problem": ("string", "over_frame (the year's frame exceeded during the year), "
                             "overspent (over it at year end), no_allocation; the frame is the "
                             "amount plus stated merinntekter and «kan nyttes under» posts' "
                             "unused amounts, with no tolerance"),
        "transferable": ("boolean", "the stikkord say «kan overføres»"),
        "frame": ("number", "the frame spending passed, when it is judged over it"),
        "frame_note": ("string", "what widened the frame, in the reader's language, or nothing"),
        "underspent": ("boolean", "at year end, an operating post without «kan overføres» or "
                       "«kan nyttes under» left more than max(budget_tolerance, 5 %) unused"),
        "underspend_share": ("number", "the unused share, when underspent"),
        "underspend_limit": ("number", "max(budget_tolerance, 5 %), when underspent"),
    },
    "assignment": {
        **_COMMON,
        "has_deadline": ("boolean", "it has a valid deadline date"),
        "deadline": ("string", "that date, when valid"),
        "deadline_problem": ("string", "no_deadline or deadline_before_year, when not ok"),
        "has_goal": ("boolean", "it names the goal it serves (`goal`)"),
        "deadline_ok": ("boolean", "its deadline is on or after 1 January of the year (true "
                                   "when the year is unknown)"),
        "has_owner": ("boolean", "it names an owner"),
        "has_deliverable": ("boolean", "it names a deliverable"),
        "status": ("string", "its status, or `none`"),
    },
    # annual reports (catalog/annual.py, catalog/attainment.py)
    "report_part": {
        **_COMMON,
        "part": ("string", "I, II, III, IV, V or VI: one fact per prescribed part"),
        "present": ("boolean", "the report has the part (by `number`, else by its title); "
                               "unknown when `parts` is null or ends in null"),
        "title": ("string", "its title as written, when present"),
        "title_recognised": ("boolean", "the title is the part's prescribed name (bokmål or "
                                        "nynorsk; case, spacing and a leading «Del III» aside)"),
        "in_order": ("boolean", "it stands after the part before it (absent for the first)"),
        "preceding": ("string", "the numeral of the prescribed part before it that is present"),
        "signature_needed": ("boolean", "part I or VI"),
        "signed": ("boolean", "it names who signed it (`signed_by`)"),
        "dated": ("boolean", "it has a valid `signed_on` date"),
    },
    "annual_report": {
        **_COMMON,
        "dated": ("boolean", "document.date is a valid date"),
    },
    "indicator_result": {
        **_COMMON,
        "parent_document": ("string", "id of the letter (the first, with supplements)"),
        "name": ("string", "the indicator's name in the letter"),
        "goal": ("string", "id of the letter's goal the indicator sits on"),
        "goal_title": ("string", "that goal's title"),
        "unit": ("string", "the indicator's unit in the letter, when given"),
        "reported": ("boolean", "`results` has an entry for it; unknown when `results` is "
                                "null or ends in null"),
        "attainment": ("string", "met, not_met, partly (the report's word on a qualitative "
                                 "or milestone requirement), not_stated (the report says "
                                 "nothing of one), not_judged (no target for the year, or it "
                                 "cannot be compared) or not_reported"),
        "requirement_kind": ("string", "qualitative or milestone: the year's resultatkrav "
                                       "when it has no numeric one"),
        "target_description": ("string", "that resultatkrav in the letter's words"),
        "attainment_stated": ("boolean", "the entry's `attainment` says achieved, partly or "
                                         "not_achieved; unknown when it is null"),
        "stated_missed": ("boolean", "that word is partly or not_achieved; unknown when "
                                     "`attainment` is null"),
        "explained": ("boolean", "the entry has an `explanation`"),
        "assessed": ("boolean", "the entry has an `assessment`"),
        "assessment": ("string", "that assessment, the report's own words"),
        "target_value": ("number", "the first numeric target for the report's year"),
        "target_direction": ("string", "the indicator's direction when its result is judged"),
        "target_period": ("string", "its period (the letter's year when it states none)"),
        "result_value": ("number", "the reported figure for that period"),
        "shortfall": ("number", "how much worse than the target, in the indicator's unit"),
        "allowed_shortfall": ("number", "max(tolerance, relative_tolerance × |target|)"),
        "missed": ("boolean", "shortfall > allowed_shortfall; unknown when the figure, its "
                              "period or the direction is not stated"),
        "unit_matches": ("boolean", "every figure's unit is the letter's (when both given)"),
        "reported_unit": ("string", "the first unit that differs"),
        "period_matches": ("boolean", "false: figures are given, none for the target's period"),
        "reported_periods": ("list", "the periods figures are given for"),
    },
    "assignment_result": {
        **_COMMON,
        "parent_document": ("string", "id of the letter"),
        "title": ("string", "the assignment's title in the letter"),
        "has_status": ("boolean", "`assignment_status` gives it done, partly or not_done; "
                                  "unknown when the status is null"),
        "status": ("string", "that status"),
    },
    "requirement_answer": {
        **_COMMON,
        "parent_document": ("string", "id of the letter"),
        "description": ("string", "what the letter asks (reporting requirements of kind "
                                  "annual_report only)"),
        "answered": ("boolean", "`reporting_answers` has an entry for it"),
    },
    "unasked_item": {
        **_COMMON,
        "parent_document": ("string", "id of the letter"),
        "unasked": ("boolean", "always true: an entry naming an id the letters do not have"),
        "named": ("string", "that id"),
        "what": ("string", "indicator, assignment or reporting"),
    },
    "waiver": {
        **_COMMON,
        "rule": ("string", "the rule it waives"),
        "waived_target": ("string", "the id it waives the rule for"),
        "expires": ("string", "its expiry date"),
        "expired": ("boolean", "expiry is before the check date"),
        "used_count": ("integer", "findings it suppressed"),
    },
}


# Counts and maxima over what the document states: where a list ends in null, or an item's
# key that decides whether it is counted is null, the stated items are counted and the
# whole is at least that many (catalog.judge). Only properties no unknown can make smaller.
LOWER_BOUNDS: dict[str, frozenset] = {
    "document": frozenset({
        "level1_count", "level1_standing_count", "goal_count", "output_goal_count",
        "outcome_goal_count", "indicator_count", "quality_indicator_count",
        "user_indicator_count", "efficiency_indicator_count", "assignment_count",
        "max_risk_score", "control_count", "systemic_mechanism_count", "budget_line_count",
        "authorisation_count", "annual_report_next_year_count", "governance_meetings_in_year",
        "legal_basis_count", "budget_basis_count", "government_requirement_count",
        "audit_follow_up_count", "evaluation_count", "instruction_count", "signatory_count",
        "attachment_count", "allocated_line_count"}),
    "goal": frozenset({
        "indicator_count", "subtree_indicator_count", "subtree_outcome_indicator_count",
        "descendant_delivery_count", "risk_count", "max_threat_score",
        "subtree_frequent_indicator_count", "subtree_budget_line_count",
        "strategy_link_count"}),
    "parent_goal": frozenset({"carried_down_count"}),
    "indicator": frozenset({"reported_in"}),
    "budget_line": frozenset({"goal_link_count", "risked_goal_count"}),
    "mechanism": frozenset({"goal_link_count"}),
    "evaluation": frozenset({"goal_link_count"}),
    "control": frozenset({"risk_link_count"}),
    "risk": frozenset({"control_link_count", "complete_measure_count"}),
}

# What leaves a property unknown where code decides it (the tables of catalog.known say the
# rest: sections, item keys and other items written null). docs/facts.md joins both.
UNKNOWN_WHEN: dict[str, str] = {
    "answered": "`reporting_answers` is null, ends in null, or has an entry whose "
                "`requirement` is null",
    "chain": "the goal's `chain` is null or not stated",
    "stage_rise": "its own or its parent goal's `chain` is null or not stated",
    "parent_chain": "its own or its parent goal's `chain` is null or not stated",
    "dated": "`signed_on` (a part) or `document.date` (the report) is null",
    "days_after_year_start": "`document.date` or `document.year` is null or not a valid date",
    "explained": "the result's `explanation` is null",
    "goal_has_owner": "no owner is stated on the goal or above it, and an `owner` or a "
                      "`parent` on the way up is null (a stated owner above decides)",
    "has_status": "the status is null, or `assignment_status` is null, ends in null, or has "
                  "an entry whose `assignment` is null",
    "has_target": "`targets` (or `target`) is null or ends in null, or a target's value, "
                  "description, period or deadline is null, and no target is complete",
    "high": "the risk's `likelihood` or `consequence` is null",
    "high_risk": "a risk's `likelihood` or `consequence` is null, or the `risks` section is "
                 "null or ends in null",
    "high_threat": "a risk that names the goal has no score",
    "underspent": "the line's `amount` or `annotations` (stikkord) is null while spending on "
                  "it is reported",
    "max_threat_score": "a risk that names the goal has no score",
    "score": "the risk's `likelihood` or `consequence` is null",
    "in_order": "`parts` is null, ends in null, or has a part named by neither number nor title",
    "present": "`parts` is null, ends in null, or has a part named by neither number nor title",
    "latest_miss": "the indicator has actuals and its numeric target, the target's period or "
                   "its `direction` is null; or an actual, its value or its period is null",
    "uncorrected_miss_run": "as latest_miss, or a corrective action or its period is null",
    "missed": "the figure, its period or the direction is not stated",
    "names_parent_document": "`document.parent` is null or a list with a null entry, and "
                             "names no document",
    "period_matches": "`values` is null or ends in null, or a figure's `period` is null",
    "unit_matches": "`values` is null or ends in null, or a figure's `unit` is null",
    "quantitative": "the indicator has neither a target nor a unit",
    "reported": "`results` is null, ends in null, or has an entry whose `indicator` is null",
    "signed": "the part's `signed_by` is null",
    "title_recognised": "the part's `title` is null",
    "share": "an expenditure line's `amount` is null, or `budget` or `budget.lines` is null "
             "or ends in null (the total is unknown)",
    "complete_measure_count": "`measures` is null or ends in null, or a measure's `owner` or "
                              "`deadline` is null",
    "residual_above_tolerance": "the risk lies above a stated tolerance and states no residual",
    "tolerance_agreed": "`risk_tolerance.agreed_with` is null",
    "has_main_instruction": "no instruction is of kind `main_instruction` and one's `kind` "
                            "is null",
    "allocated_line_count": "an expenditure line's `amount` is null",
    "annual_report_next_year_count": "a reporting entry's `kind`, or an annual report's "
                                     "`deadline`, is null, or `document.year` is",
    "governance_meetings_in_year": "a dialogue entry's `kind`, or a meeting's `date`, is null, "
                                   "or `document.year` is",
    "level_step": "the goal's or its parent goal's `level` is null",
    "parent_indicator_count": "the parent goal's `indicators` is null or ends in null",
    "spending_problem": "the line's `amount`, `post` or `id`, or a spending entry's `line`, "
                        "`amount` or `period`, is null",
    "amount": "the line's `amount` is null",
    "goal_change": "the goals are not all known",
    "indicator_change": "the indicators are not all known",
    "steering_change": "the goals or the indicators are not all known",
    "assignment_growth": "the assignments are not all known",
    "kept_indicator_count": "the indicators, their ids or names are not all known",
    "kept_indicator_share": "the indicators, their ids or names are not all known",
}
