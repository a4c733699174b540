"""Choice lists: one sequence of (key, label) pairs per list, the single place its keys and labels pair up.

Processing offers the labels as enum options and maps the chosen index back to the key through the same
sequence, so keys and labels never drift apart. Labels are English; the algorithms translate them.
Standard library only.
"""
from typing import Any, Sequence, Tuple

Choices = Tuple[Tuple[Any, str], ...]


def choice_keys(choices: Sequence[Tuple[Any, str]]) -> tuple:
    return tuple(key for key, _ in choices)


def choice_labels(choices: Sequence[Tuple[Any, str]]) -> tuple:
    return tuple(label for _, label in choices)


def choice_index(choices: Sequence[Tuple[Any, str]], key: Any) -> int:
    """The position of ``key``; ValueError naming the keys when it is not one of them."""
    for index, (candidate, _) in enumerate(choices):
        if candidate == key:
            return index
    raise ValueError(f"{key!r} is not one of: {', '.join(str(k) for k in choice_keys(choices))}.")


def choice_key(choices: Sequence[Tuple[Any, str]], index: int) -> Any:
    """The key at ``index``; ValueError when the index is out of range."""
    if not 0 <= int(index) < len(choices):
        raise ValueError(f"Choice {index} does not exist: there are {len(choices)} "
                         f"({', '.join(choice_labels(choices))}).")
    return choices[int(index)][0]
