"""Why a rule file, rule directory or the requirement register cannot be used, in nb, nn
and en (RuleFileError.of); and a parameter value's problem said in each language.

What jsonschema says of a rule file stays as a quoted detail inside a Norwegian frame,
as the YAML parser's words do in load_text.py.
"""

from __future__ import annotations

import re

RULE_TEXT = {
    "nb": {
        "schema_rule": "ugyldig regelfil ved {where}: «{detail}»",
        "schema_register": "ugyldig kravregister ved {where}: «{detail}»",
        "top_level": "øverste nivå",
        "default": "standardverdien til {name} {problem}",
        "no_directory": "regelmappen finnes ikke",
        "too_many": "mer enn {limit} egne regler; regelmotoren tåler ikke flere",
        "unknown_requirement": "ukjent krav {id} (se rules/requirements.yaml)",
        "file_name": "regel {id} må ligge i {id}.yaml",
        "defined_twice": "regel {id} er allerede definert i {file}",
        "parameter_twice": "parameteren {name} er allerede definert et annet sted",
        "not_shared": "{name} er ikke en felles parameter",
        "undeclared": "vilkåret leser parameteren {name}, som regelen ikke oppgir",
        "unknown_fact": "ukjent faktatype {kind} (kjente: {known})",
        "too_complex": "vilkåret har mer enn {limit} sammenligninger; regelmotoren tåler "
                       "ikke flere (del opp regelen)",
        "message_name": "meldingen nevner {name}, som verken er en egenskap ved {fact}-fakta "
                        "eller en parameter i regelen",
        "unknown_property": "vilkåret leser {name}, som fakta av denne typen ikke har",
        "compares": "vilkåret sammenligner {name} ({kind}) med {value}",
        "requirement_twice": "kravet {id} står to ganger",
        "unknown_instrument": "ukjent kilde {key}",
    },
    "nn": {
        "schema_rule": "ugyldig regelfil ved {where}: «{detail}»",
        "schema_register": "ugyldig kravregister ved {where}: «{detail}»",
        "top_level": "øvste nivå",
        "default": "standardverdien til {name} {problem}",
        "no_directory": "regelmappa finst ikkje",
        "too_many": "meir enn {limit} eigne reglar; regelmotoren toler ikkje fleire",
        "unknown_requirement": "ukjend krav {id} (sjå rules/requirements.yaml)",
        "file_name": "regel {id} må liggje i {id}.yaml",
        "defined_twice": "regel {id} er allereie definert i {file}",
        "parameter_twice": "parameteren {name} er allereie definert ein annan stad",
        "not_shared": "{name} er ikkje ein felles parameter",
        "undeclared": "vilkåret les parameteren {name}, som regelen ikkje oppgir",
        "unknown_fact": "ukjend faktatype {kind} (kjende: {known})",
        "too_complex": "vilkåret har meir enn {limit} samanlikningar; regelmotoren toler "
                       "ikkje fleire (del opp regelen)",
        "message_name": "meldinga nemner {name}, som verken er ein eigenskap ved {fact}-fakta "
                        "eller ein parameter i regelen",
        "unknown_property": "vilkåret les {name}, som fakta av denne typen ikkje har",
        "compares": "vilkåret samanliknar {name} ({kind}) med {value}",
        "requirement_twice": "kravet {id} står to gonger",
        "unknown_instrument": "ukjend kjelde {key}",
    },
    "en": {
        "schema_rule": "invalid rule file at {where}: {detail}",
        "schema_register": "invalid requirement register at {where}: {detail}",
        "top_level": "top level",
        "default": "default of {name}: {problem}",
        "no_directory": "rule directory does not exist",
        "too_many": "more than {limit} rules of your own; the rule engine cannot take more",
        "unknown_requirement": "unknown requirement {id} (see rules/requirements.yaml)",
        "file_name": "rule {id} must live in {id}.yaml",
        "defined_twice": "rule {id} is already defined in {file}",
        "parameter_twice": "parameter {name} is already defined elsewhere",
        "not_shared": "{name} is not a shared parameter",
        "undeclared": "condition reads parameter {name}, which the rule does not declare",
        "unknown_fact": "unknown fact kind {kind} (known: {known})",
        "too_complex": "condition has more than {limit} comparisons; the rule engine cannot "
                       "take more (split the rule)",
        "message_name": "message names {name}, which is neither a property of {fact} facts "
                        "nor a parameter of the rule",
        "unknown_property": "condition reads {name}, which facts of this kind do not have",
        "compares": "condition compares {name} ({kind}) with {value}",
        "requirement_twice": "requirement {id} is defined twice",
        "unknown_instrument": "unknown instrument {key}",
    },
}

# catalog.parameter_problem says what is wrong in English; the same in nb and nn.
_PROBLEMS = (
    (r"should be a finite number, not (?P<v>.+)",
     "skal være et endelig tall, ikke {v}", "skal vere eit endeleg tal, ikkje {v}"),
    (r"should be at most (?P<a>\S+) in size, not (?P<v>.+)",
     "skal være høyst {a} i størrelse, ikke {v}", "skal vere høgst {a} i storleik, ikkje {v}"),
    (r"should be between (?P<a>\S+) and (?P<b>\S+), not (?P<v>.+)",
     "skal være mellom {a} og {b}, ikke {v}", "skal vere mellom {a} og {b}, ikkje {v}"),
    (r"should be at least (?P<a>\S+), not (?P<v>.+)",
     "skal være minst {a}, ikke {v}", "skal vere minst {a}, ikkje {v}"),
    (r"should be at most (?P<a>\S+), not (?P<v>.+)",
     "skal være høyst {a}, ikke {v}", "skal vere høgst {a}, ikkje {v}"),
    (r"should be (?P<e>a whole number|a number|a text|a regular expression \(text\)|one of "
     r"error, warning, info|a list of perspectives) ?(?P<c>\([^)]*\))?, not (?P<v>.+)",
     "skal være {e}, ikke {v}", "skal vere {e}, ikkje {v}"),
)
_EXPECTED = {  # English → (nb, nn)
    "a whole number": ("et heltall", "eit heiltal"), "a number": ("et tall", "eit tal"),
    "a text": ("en tekst", "ein tekst"),
    "a regular expression (text)": ("et regulært uttrykk (tekst)", "eit regulært uttrykk (tekst)"),
    "one of error, warning, info": ("en av error, warning, info", "ein av error, warning, info"),
    "a list of perspectives": ("en liste over perspektiver", "ei liste over perspektiv"),
}


def problem_texts(problem: str) -> dict:
    """A parameter_problem text in nb, nn and en; a pattern's own complaint stays as it is."""
    said = {"nb": problem, "nn": problem, "en": problem}
    for pattern, nb, nn in _PROBLEMS:
        match = re.fullmatch(pattern, problem)
        if match:
            parts = match.groupdict()
            for lang, template, index in (("nb", nb, 0), ("nn", nn, 1)):
                shown = dict(parts)
                if parts.get("e"):
                    shown["e"] = _EXPECTED[parts["e"]][index] + (
                        f" {parts['c']}" if parts.get("c") else "")
                said[lang] = template.format(**shown)
            break
    return said
