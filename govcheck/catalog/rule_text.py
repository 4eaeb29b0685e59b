"""Why a rule file, rule directory or the requirement register cannot be used, in nb, nn
and en (RuleFileError.of); and a parameter value's problem said in each language.

What jsonschema says of a rule file stays as a quoted detail inside a Norwegian frame,
as the YAML parser's words do in load_text.py.
"""

from __future__ import annotations

import re

from govcheck.i18n import LANGS, N_, NP_, Texts, gettext

RULE_TEXT = Texts({
    "schema_rule": N_("invalid rule file at {where}: {detail}"),
    "schema_register": N_("invalid requirement register at {where}: {detail}"),
    "top_level": NP_("RULE_TEXT.top_level", "top level"),
    "default": N_("default of {name}: {problem}"),
    "no_directory": N_("rule directory does not exist"),
    "too_many": N_("more than {limit} rules of your own; the rule engine cannot take more"),
    "unknown_requirement": N_("unknown requirement {id} (see rules/requirements.yaml)"),
    "file_name": N_("rule {id} must live in {id}.yaml"),
    "defined_twice": N_("rule {id} is already defined in {file}"),
    "parameter_twice": N_("parameter {name} is already defined elsewhere"),
    "not_shared": N_("{name} is not a shared parameter"),
    "undeclared": N_("condition reads parameter {name}, which the rule does not declare"),
    "unknown_fact": N_("unknown fact kind {kind} (known: {known})"),
    "needs_unknown": N_("needs {name}, which is no property of {fact} facts"),
    "too_complex": N_("condition has more than {limit} comparisons; the rule engine cannot take "
                      "more (split the rule)"),
    "message_name": N_("message names {name}, which is neither a property of {fact} facts nor a "
                       "parameter of the rule"),
    "unknown_property": N_("condition reads {name}, which facts of this kind do not have"),
    "compares": N_("condition compares {name} ({kind}) with {value}"),
    "requirement_twice": N_("requirement {id} is defined twice"),
    "unknown_instrument": N_("unknown instrument {key}"),
})

# catalog.parameter_problem says what is wrong in English; nb and nn translate its frame
# and the kind of value expected.
_PROBLEMS = (
    (r"should be a finite number, not (?P<v>.+)", N_("should be a finite number, not {v}")),
    (r"should be at most (?P<a>\S+) in size, not (?P<v>.+)",
     N_("should be at most {a} in size, not {v}")),
    (r"should be between (?P<a>\S+) and (?P<b>\S+), not (?P<v>.+)",
     N_("should be between {a} and {b}, not {v}")),
    (r"should be at least (?P<a>\S+), not (?P<v>.+)", N_("should be at least {a}, not {v}")),
    (r"should be at most (?P<a>\S+), not (?P<v>.+)", N_("should be at most {a}, not {v}")),
    (r"should be (?P<e>a whole number|a number|a text|a regular expression \(text\)|one of "
     r"error, warning, info|a list of perspectives) ?(?P<c>\([^)]*\))?, not (?P<v>.+)",
     N_("should be {e}, not {v}")),
)
_EXPECTED = (N_("a whole number"), N_("a number"), N_("a text"),
             N_("a regular expression (text)"), N_("one of error, warning, info"),
             N_("a list of perspectives"))


def problem_texts(problem: str) -> dict:
    """A parameter_problem text in nb, nn and en; a pattern's own complaint stays as it is."""
    said = {lang: problem for lang in LANGS}
    for pattern, template in _PROBLEMS:
        match = re.fullmatch(pattern, problem)
        if match:
            parts = match.groupdict()
            for lang in ("nb", "nn"):
                shown = dict(parts)
                if parts.get("e"):
                    shown["e"] = gettext(lang, parts["e"]) + (
                        f" {parts['c']}" if parts.get("c") else "")
                said[lang] = gettext(lang, template).format(**shown)
            break
    return said
