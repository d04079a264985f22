"""What a domain rule refuses, as the rule tests read it."""

import pytest

from careleaver_app.domain.errors import ValidationError


def refusals(validate, *args, **kwargs) -> dict[str, str]:
    """``validate(*args, **kwargs)`` must refuse: its messages by field (the last, where a field
    has more than one)."""
    with pytest.raises(ValidationError) as exc:
        validate(*args, **kwargs)
    return {e.field: e.message for e in exc.value.errors}
