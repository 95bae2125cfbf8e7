"""KORREKTUR_* variables: blank means default, and a bad value names its variable."""

from __future__ import annotations

import pytest

from servicekit.environment import Environment, SettingsError


def test_absent_or_blank_means_the_default() -> None:
    env = Environment({"KORREKTUR_A": "  ", "KORREKTUR_LIST": " a, ,b "})
    assert env.text("KORREKTUR_A", "x") == "x"
    assert env.number("KORREKTUR_A", int, 7) == 7
    assert env.optional("KORREKTUR_MISSING") is None
    assert env.items("KORREKTUR_LIST") == ("a", "b")


def test_numbers_are_parsed_by_kind() -> None:
    env = Environment({"KORREKTUR_N": "3", "KORREKTUR_F": "0.25"})
    assert env.number("KORREKTUR_N", int, 1) == 3
    assert env.number("KORREKTUR_F", float, 1.0) == 0.25


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("eighty", "to be a whole number, but got 'eighty'"),
        ("-1", "to be at least 0, but got '-1'"),
    ],
)
def test_a_bad_value_names_the_variable(raw: str, message: str) -> None:
    with pytest.raises(SettingsError, match=f"Expected KORREKTUR_PORT {message}"):
        Environment({"KORREKTUR_PORT": raw}).number("KORREKTUR_PORT", int, 1)
