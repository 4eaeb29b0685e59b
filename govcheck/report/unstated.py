"""What the document does not state, when a rule could not judge an item for it.
One sentence for the text output, the HTML/PDF report and JUnit, in nb, nn and en:
«dokumentet oppgir ikke hvilken målkategori risikoen truer».

run.checker's UnreviewedItem names the fact properties left unknown (JSON keeps those
names as `not_stated`); a reader gets them in the words of docs/terminology.md. Every
property that can be unknown has a phrase (tests/test_unstated.py derives them from
catalog/known.py and the fact builders); a phrase keyed `kind.property` is said for that
fact kind only, where one property means different things on different items.
"""

from __future__ import annotations

from govcheck.i18n import N_, Texts

from ..terms import known, listing

SENTENCE = Texts(N_("the document does not state {what}"))


UNSTATED = Texts({
    "goal_count": N_("how many goals it has"),
    "level1_count": N_("how many level-1 goals it has"),
    "level1_standing_count": N_("how many level-1 goals it has"),
    "activity_share": N_("where its goals lie in the results chain"),
    "output_goal_count": N_("where its goals lie in the results chain"),
    "outcome_goal_count": N_("where its goals lie in the results chain"),
    "indicator_count": N_("all its indicators"),
    "quality_indicator_count": N_("which indicators measure quality"),
    "user_indicator_count": N_("which indicators concern users"),
    "efficiency_indicator_count": N_("which indicators measure efficiency"),
    "missing_perspectives": N_("which perspectives its indicators cover"),
    "missing_perspective_count": N_("which perspectives its indicators cover"),
    "max_risk_score": N_("the risk level of its risks"),
    "control_count": N_("its internal controls"),
    "systemic_mechanism_count": N_("its participation mechanisms"),
    "missing_phases": N_("which phases its participation mechanisms cover"),
    "missing_phase_count": N_("which phases its participation mechanisms cover"),
    "assignment_count": N_("its assignments"),
    "annual_report_next_year_count": N_("its reporting requirements"),
    "governance_meetings_in_year": N_("its governance calendar"),
    "legal_basis_count": N_("its legal basis"),
    "budget_line_count": N_("the budget lines"),
    "expenditure_line_count": N_("the budget lines"),
    "income_line_count": N_("the budget lines"),
    "allocated_line_count": N_("the amounts of the budget lines"),
    "authorisation_count": N_("its authorisations"),
    "budget_basis_count": N_("its budget basis"),
    "government_requirement_count": N_("the joint requirements (fellesføringer)"),
    "audit_follow_up_count": N_("its follow-up of Riksrevisjonen's cases"),
    "evaluation_count": N_("its evaluations"),
    "instruction_count": N_("its instructions"),
    "has_main_instruction": N_("whether the agency has a main instruction"),
    "has_risk_tolerance": N_("the risk tolerance"),
    "tolerance_agreed": N_("who the risk tolerance was agreed with"),
    "copies_riksrevisjonen": N_("who receives a copy of the letter"),
    "signatory_count": N_("who signed it"),
    "attachment_count": N_("its attachments"),
    "has_reference": N_("its reference (case number)"),
    "has_date": N_("its date"),
    "days_after_year_start": N_("the date the letter was sent"),
    "chain": N_("where the goal lies in the results chain"),
    "stage_rise": N_("where the goal and its parent goal lie in the results chain"),
    "parent_chain": N_("where the goal and its parent goal lie in the results chain"),
    "descendant_delivery_count": N_("where the goals below it lie in the results chain"),
    "subtree_indicator_count": N_("the indicators of the goal and the goals below it"),
    "subtree_frequent_indicator_count": N_("the indicators of the goal and the goals below it"),
    "subtree_outcome_indicator_count": N_("which indicators below the goal measure outcome"),
    "subtree_budget_line_count": N_("the budget lines"),
    "document_has_budget": N_("the budget lines"),
    "risk_count": N_("which risks threaten the goal"),
    "max_threat_score": N_("the risk level of the risks that threaten the goal"),
    "goal.indicator_count": N_("the goal's indicators"),
    "has_owner": N_("who is responsible"),
    "has_baseline": N_("the baseline"),
    "has_target": N_("the target"),
    "quantitative": N_("whether the indicator is steered by a number (a target or a unit)"),
    "quality": N_("whether the indicator measures quality"),
    "missing_info": N_("the indicator's source and frequency"),
    "missing_info_count": N_("the indicator's source and frequency"),
    "score": N_("the risk's likelihood and consequence"),
    "treatment": N_("the risk treatment"),
    "has_objective_category": N_("which objective category the risk threatens"),
    "complete_measure_count": N_("the measures against the risk"),
    "control_link_count": N_("which controls address the risk"),
    "residual_above_tolerance": N_("whether the residual risk lies above the risk tolerance"),
    "risk.has_owner": N_("who owns the risk"),
    "risk_link_count": N_("which risks the control addresses"),
    "control.missing_info": N_("who is responsible for the control and how often it is performed"),
    "control.missing_info_count": N_("who is responsible for the control and how often it is "
                                     "performed"),
    "goal_link_count": N_("which goals it concerns"),
    "budget_line.goal_link_count": N_("which goals the budget line serves"),
    "risked_goal_count": N_("which goals the budget line serves"),
    "amount": N_("the amount"),
    "spending_problem": N_("the amount, or the figures that may widen the "
                           "frame (additional income, unused on posts marked «kan nyttes under»)"),
    "mechanism.goal_link_count": N_("which goals the mechanism concerns"),
    "systemic": N_("whether the mechanism works at system level"),
    "evaluation.goal_link_count": N_("which goals the evaluation concerns"),
    "has_period": N_("when the evaluation is done"),
    "missing_parts": N_("which goals the evaluation concerns and when it is done"),
    "missing_part_count": N_("which goals the evaluation concerns and when it is done"),
    "has_deadline": N_("the deadline"),
    "deadline": N_("the deadline"),
    "deadline_ok": N_("the deadline"),
    "has_deliverable": N_("what is to be delivered"),
    "status": N_("the assignment's status"),
    "has_status": N_("the assignment's status"),
    "reported": N_("whether the annual report reports on the indicator"),
    "explained": N_("the explanation of the result"),
    "missed": N_("whether the target was met"),
    "attainment_stated": N_("whether the result requirement was met"),
    "stated_missed": N_("whether the result requirement was met"),
    "answered": N_("whether the reporting requirement is answered"),
    "present": N_("whether the annual report has this part"),
    "signed": N_("who signed the part"),
    "dated": N_("when the part was signed"),
    "annual_report.dated": N_("the report's date"),
    "high": N_("the risk's likelihood and consequence"),
    "carried_down_count": N_("which goals contribute to the parent document's goal"),
    "children_total": N_("the amounts of the budget lines"),
    "parent_post.amount": N_("the amounts of the budget lines"),
    "exceeds_parent": N_("the amounts of the budget lines"),
    "contributes_to_resolves": N_("which goal of the parent document the goal contributes to"),
    "cycle_head": N_("which goals lie above which"),
    "has_children": N_("which goals lie below the goal"),
    "is_leaf": N_("which goals lie below the goal"),
    "has_parent": N_("which goal the goal lies below"),
    "parent_resolves": N_("which goal the goal lies below"),
    "level": N_("the goal's level"),
    "level_step": N_("the levels of the goal and the goal above it"),
    "parent_indicator_count": N_("the indicators of the goal above it"),
    "goal_kind": N_("whether the goal is a priority for the year"),
    "document_has_reporting": N_("its reporting requirements"),
    "reported_in": N_("which reporting requirements cover the indicator"),
    "document_has_strategy": N_("the strategic goals"),
    "strategy_link_count": N_("which strategic goals the goal follows up"),
    "goal_has_owner": N_("who is responsible for the goal"),
    "has_goal": N_("which goal the assignment serves"),
    "names_parent_document": N_("which higher steering document it rests on"),
    "in_order": N_("which parts the annual report has, and in what order"),
    "title_recognised": N_("the part's title"),
    "income": N_("the chapter"),
    "share": N_("the amounts of all budget lines"),
    "kept_indicator_count": N_("its indicators"),
    "kept_indicator_share": N_("its indicators"),
    "goal_change": N_("its goals"),
    "indicator_change": N_("its indicators"),
    "steering_change": N_("its goals and indicators"),
    "assignment_growth": N_("its assignments"),
    "latest_miss": N_("the indicator's target, direction or results"),
    "uncorrected_miss_run": N_("the indicator's target, direction, results or corrective actions"),
    "period_matches": N_("which period the results are for"),
    "unit_matches": N_("the unit of the results"),
    "high_risk": N_("the risk level of its risks"),
    "high_threat": N_("the risk level of the risks that threaten the goal"),
    "underspent": N_("the amount or the stikkord of the post"),
})


def phrase(kind: str, name: str, lang: str) -> str | None:
    """What a fact property of `kind` stands for, as the object of «dokumentet oppgir
    ikke …»; None for a property no table names (a test keeps that from happening)."""
    words = UNSTATED[known(lang)]
    return words.get(f"{kind}.{name}", words.get(name))


def not_stated(item, lang: str | None) -> str:
    """The sentence for an UnreviewedItem: what the document does not state."""
    return sentence(item.fact_id.partition(":")[0],  # catalog.values.new_fact: `kind:path`
                    item.missing, lang)


def sentence(kind: str, names, lang: str | None) -> str:
    """«dokumentet oppgir ikke X», «… X eller Y», «… X, Y eller Z»; properties that read
    the same are said once."""
    said = []
    for name in names:
        text = phrase(kind, name, lang) or name
        if text not in said:
            said.append(text)
    return SENTENCE[known(lang)].format(what=listing(said, lang, "or"))
