"""Enum parameters from core's (key, label) choice sequences: options from the labels, the key from the index.

core/ has no Qt, so its labels are translated here with the algorithm's ``tr``; each algorithm lists the
labels that need translating with QT_TRANSLATE_NOOP for the translation tools (tests/qgis/test_translations.py
checks that every label of these sequences is in the .ts files).
"""
from ..core.choices import choice_key


def enum_options(choices, tr=None):
    """The options of an enum parameter: the labels of ``choices``, translated by ``tr`` unless they are codes
    or names that read the same in every language (tr None)."""
    return [tr(label) if tr else label for _, label in choices]


def enum_key(algorithm, parameters, name, context, choices):
    """The key of the option chosen for the enum parameter ``name``."""
    return choice_key(choices, algorithm.parameterAsEnum(parameters, name, context))
