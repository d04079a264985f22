"""Code lists, names and field errors: the small helpers every form and return relies on."""

import pytest

from careleaver_app.domain.codes import ETHNICITIES, GENDERS, IMMIGRATION_STATUSES, is_code, label_for
from careleaver_app.domain.errors import Collector, ValidationError
from careleaver_app.domain.people import display_name, surname


def test_a_code_is_shown_by_its_label():
    assert label_for(GENDERS, "female") == "Female"
    assert label_for(ETHNICITIES, "BAFR") == "African"
    assert label_for(IMMIGRATION_STATUSES, "") == "Not applicable"


def test_an_unknown_code_is_shown_as_it_is_and_a_missing_one_as_the_default():
    assert label_for(GENDERS, "xx") == "xx"
    assert label_for(GENDERS, None, "Not recorded") == "Not recorded"


def test_only_listed_codes_are_codes():
    assert is_code(ETHNICITIES, "WBRI")
    assert not is_code(ETHNICITIES, "wbri") and not is_code(ETHNICITIES, "XXXX") and not is_code(GENDERS, None)


def test_a_first_name_that_looks_like_a_particle_is_still_a_first_name():
    assert surname("Di Okafor") == "Okafor"
    assert display_name("Di Okafor", "Diana") == "Diana Okafor"
    assert surname("Anna van der Berg") == "van der Berg"
    assert surname("Zoë") == "Zoë" and surname("  ") == ""


def test_a_preferred_name_that_is_one_of_the_legal_first_names_shows_the_legal_name():
    assert display_name("Mary Zoë Okafor", "Zoë") == "Mary Zoë Okafor"
    assert display_name("Mary Zoë Okafor", "Mo") == "Mo Okafor"
    assert display_name("", "Mo") == "Mo"


def test_a_required_field_left_empty_is_named_with_the_fix():
    c = Collector()
    assert not c.require(None, "dob", "Date of birth")
    assert not c.require("  ", "legal_name", "Legal name", "enter the young person's full legal name")
    assert c.require("Zoë", "preferred_name", "Preferred name")
    assert c.require(0, "hours", "Hours a week")  # a number, even nought, is a value
    with pytest.raises(ValidationError) as exc:
        c.raise_if_any()
    assert [str(e) for e in exc.value.errors] == ["Date of birth: enter the date of birth",
                                                  "Legal name: enter the young person's full legal name"]
    assert exc.value.for_field("legal_name").label == "Legal name"
    assert exc.value.for_field("email") is None
    Collector().raise_if_any()  # nothing wrong: nothing raised
