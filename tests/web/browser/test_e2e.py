"""End to end in Chromium: Arabizi search, language switch, right-to-left layout, keyboard."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_arabizi_search_opens_a_service_with_its_steps(page: Any, server: str) -> None:
    page.goto(f"{server}/fr/")
    page.get_by_label("Que cherchez-vous ?").fill("bghit njded lbitaka lwatania")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url("**/fr/search?q=*")
    assert page.locator(".status").inner_text().strip()
    note = page.locator("p.note").first.inner_text()
    assert "darija" in note
    page.locator("ol.results a").first.click()
    page.wait_for_url("**/fr/services/*")
    steps = page.locator("ol.steps > li")
    assert steps.count() >= 2
    assert steps.first.is_visible()
    assert page.locator("h1").inner_text()


def test_switching_language_keeps_the_page_and_is_remembered(page: Any, server: str) -> None:
    page.goto(f"{server}/fr/services/cnie-renouvellement")
    page.locator(".langs a[hreflang=ar]").click()
    page.wait_for_url("**/ar/services/cnie-renouvellement")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert (
        page.locator("h1").inner_text()
        == "تجديد البطاقة الوطنية للتعريف الإلكترونية أو تغيير معطياتها"
    )
    page.goto(f"{server}/search?q=passeport")
    assert "/ar/search" in page.url


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box  # type: ignore[no-any-return]


def test_right_to_left_layout_is_mirrored(page: Any, server: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/ar/services/cnie-renouvellement")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Breadcrumbs run from the right: the first crumb is right of the second.
    first, second = (_box(page, f".crumbs li:nth-child({i})") for i in (1, 2))
    assert first["x"] > second["x"]
    # Step numbers sit on the right of the step text.
    padding = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.steps li'));"
        " return [parseFloat(s.paddingRight), parseFloat(s.paddingLeft)]; })()"
    )
    assert padding[0] > 0 and padding[1] == 0
    # The brand is on the right, the language switcher on the left.
    assert _box(page, ".brand")["x"] > _box(page, ".langs")["x"]
    page.goto(f"{server}/ar/")
    # The search button comes after the box, so on its left.
    assert _box(page, ".search__button")["x"] < _box(page, ".search__input")["x"]
    page.goto(f"{server}/ar/search?page=2")
    # "Next" is at the inline end: the left.
    assert _box(page, "a[rel=next]")["x"] < _box(page, "a[rel=prev]")["x"]
    # Filters column on the right of the results.
    assert _box(page, ".layout__aside")["x"] > _box(page, ".layout__main")["x"]
    page.goto(f"{server}/fr/search?page=2")
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    assert _box(page, "a[rel=next]")["x"] > _box(page, "a[rel=prev]")["x"]


def test_keyboard_only_skip_link_and_visible_focus(page: Any, server: str) -> None:
    page.goto(f"{server}/ar/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip"
    skip = _box(page, ".skip")
    assert skip["y"] >= 0, "the skip link must come into view when focused"
    background = page.evaluate("getComputedStyle(document.activeElement).backgroundColor")
    assert background == "rgb(255, 221, 0)"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # Tabbing on reaches the search box, whose focus is visible too.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    assert page.evaluate("document.activeElement.id") == "q"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.type("passeport")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/search?q=passeport")


def test_everything_works_without_javascript(browser: Any, server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/fr/search?q=carte")
    page.locator("summary").click()
    page.locator("input[name=theme]").first.check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    assert "theme=" in page.url and "q=carte" in page.url
    page.locator("ol.results a").first.click()
    page.get_by_role("button", name="Oui").click()
    assert "helpful=yes" in page.url
    assert page.get_by_role("status").is_visible()
    context.close()


@pytest.mark.parametrize("lang", ["ar", "fr", "en", "zgh"])
def test_the_assistant_works_without_javascript(browser: Any, server: str, lang: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{server}/{lang}/ask")
    page.locator("#question").fill("passeport")
    page.locator(".ask__form button[type=submit]").click()
    page.wait_for_selector("[data-status=clarify]")
    choices = page.locator(".ask__choices a")
    assert choices.count() >= 2
    assert choices.first.bounding_box()["width"] > 300, "choices are full-width buttons on a phone"
    choices.first.click()
    page.wait_for_selector("[data-status=answered]")
    assert page.locator(".ask__sources a").count() == 1
    page.locator(".ask__facts summary").click()
    assert page.locator(".ask__facts dd").first.is_visible()
    page.locator("#question").fill("combien ça coûte ?")
    page.locator(".ask__form button[type=submit]").click()
    page.wait_for_selector("[data-status=answered]")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_the_assistant_page_is_mirrored_in_arabic(page: Any, server: str) -> None:
    page.goto(f"{server}/ar/ask")
    page.locator("#question").fill("passeport")
    page.locator(".ask__form button[type=submit]").click()
    page.wait_for_selector("[data-status=clarify]")
    answer = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.ask__answer'));"
        " return [parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)]; })()"
    )
    assert answer[0] > answer[1], "the status bar is on the inline start: the right"
    choice, button = _box(page, ".ask__choices a"), _box(page, ".ask__form button")
    assert button["x"] + button["width"] == pytest.approx(choice["x"] + choice["width"], abs=2)


@pytest.mark.parametrize("lang", ["ar", "fr", "zgh"])
def test_nothing_scrolls_sideways_on_a_phone(page: Any, server: str, lang: str) -> None:
    for path in (
        "/",
        "/search?q=passeport",
        "/services/cnie-renouvellement",
        "/themes/",
        "/ask?service_id=passeport-renouvellement",
    ):
        page.goto(f"{server}/{lang}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"/{lang}{path} is {width}px wide on a 390px screen"
