from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from bawaba.catalog.model import Service


def _service(**kw: object) -> Service:
    base: dict[str, object] = {"id": "s1", "title": {"fr": "Titre"}, "description": {"ar": "وصف"}}
    return Service.model_validate(base | kw)


def test_title_and_description_are_required() -> None:
    with pytest.raises(ValidationError, match="at least one language"):
        _service(title={})


def test_invalid_language_tag_is_rejected() -> None:
    with pytest.raises(ValidationError, match="invalid language tag"):
        _service(title={"fr fr": "x"})


def test_processing_time_must_be_iso_duration() -> None:
    assert _service(processing_time="P2M").processing_time == "P2M"
    with pytest.raises(ValidationError, match="ISO 8601 duration"):
        _service(processing_time="deux semaines")


def test_identifier_pattern() -> None:
    with pytest.raises(ValidationError):
        _service(id="has space")


def test_negative_cost_is_rejected() -> None:
    with pytest.raises(ValidationError):
        _service(costs=[{"amount": -1}])


def test_steps_are_single_lines() -> None:
    s = _service(steps=[{"fr": "  Aller   au\n guichet "}])
    assert s.steps == [{"fr": "Aller au guichet"}]


def test_contact_with_only_a_page_becomes_the_online_link() -> None:
    s = _service(contact={"page": "https://www.cnie.ma"})
    assert s.contact is None
    assert s.online_url == "https://www.cnie.ma"


@given(st.dictionaries(st.sampled_from(["fr", "ar", "en", "es", "zgh"]), st.text(min_size=1)))
def test_content_hash_is_stable_and_order_independent(titles: dict[str, str]) -> None:
    titles = {k: v for k, v in titles.items() if v.strip()} or {"fr": "x"}
    a = _service(title=titles)
    b = _service(title=dict(reversed(list(titles.items()))))
    assert a.content_hash() == b.content_hash()
    assert a.content_hash() != _service(title={**titles, "en": "changed!"}).content_hash()
