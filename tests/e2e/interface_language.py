"""Is a screen of the Vietnamese interface all in Vietnamese? Its visible strings are compared
with the same screen rendered for an English reader: an interface string that is the same in
both was not translated. What the people using the site wrote (product names, addresses,
messages) is the same in both languages by nature and is left out, as are strings that
belong to no language: numbers, prices, dates, codes, e-mail addresses and brand names.

Usage, on a page showing a screen in Vietnamese::

    english_left_on(page, user_content=["Khăn thổ cẩm", "HTX Dệt"])

returns the strings still in English, sorted. The English rendering opens the same address
in a second browser context with the same cookies (the same user) and `Accept-Language: en`,
so the user must not have chosen a language in their account (the admin then follows the
browser's language)."""

import re
import unicodedata

# Every string a person can see: text, the option shown by a select, placeholders and the
# words on input buttons. Text hidden from sight (display: none, visually hidden text for
# screen readers, closed dropdowns) is not on the screen.
VISIBLE_TEXTS = """() => {
    // Visible, on the screen's width (not in a menu slid off it) and not inside a box
    // clipped to a pixel (text for screen readers only).
    const seen = (element) => {
        if (!element || !element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) {
            return false;
        }
        const {left, right} = element.getBoundingClientRect();
        if (right <= 0 || left >= document.documentElement.clientWidth) return false;
        for (let box = element; box && box !== document.body; box = box.parentElement) {
            const style = getComputedStyle(box);
            const clips = style.overflow !== "visible" || style.clip !== "auto";
            const {width, height} = box.getBoundingClientRect();
            if (clips && (width <= 1 || height <= 1)) return false;
        }
        return true;
    };
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.parentElement.closest("script, style, noscript, template, option")) continue;
        if (seen(node.parentElement)) texts.push(node.textContent);
    }
    for (const select of document.querySelectorAll("select")) {
        const shown = select.selectedOptions[0];
        if (seen(select) && shown) texts.push(shown.text);
    }
    for (const field of document.querySelectorAll("[placeholder]")) {
        if (seen(field)) texts.push(field.placeholder);
    }
    for (const button of document.querySelectorAll("input[type=submit], input[type=button]")) {
        if (seen(button)) texts.push(button.value);
    }
    return texts;
}"""

# Names that are the same in every language.
BRANDS = ("Wagtail", "Làng Nghề", "VietQR", "Stripe", "OCOP", "Zalo")
# Words without a language: codes in capitals and digits (SKU, order numbers, VND),
# addresses of e-mail and of the web.
NEUTRAL_WORD = re.compile(r"^(?:[A-Z0-9][A-Z0-9\-_/.#]*|\S+@\S+|https?://\S+|www\.\S+)$")


def folded(text):
    """`text` with its whitespace folded and its letters composed: "ề" may come as one
    character or as "e" with two accents, and both are the same letter."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def visible_texts(page):
    """The visible strings of the page, folded, each once."""
    return {folded(text) for text in page.evaluate(VISIBLE_TEXTS)} - {""}


def interface_words(text, user_content):
    """The words of `text` that the interface wrote: what is left once the people's own
    content, brand names and language-neutral tokens are taken out."""
    # Longest first: "Làng Nghề" goes whole before a page called "Nghề" could split it.
    for item in sorted([*BRANDS, *map(folded, user_content)], key=len, reverse=True):
        text = text.replace(item, " ")
    words = [word for word in text.split() if not NEUTRAL_WORD.match(word.strip("()[]:;,.!?…'\""))]
    return [word for word in words if len(re.sub(r"[\W\d_]", "", word)) >= 2]


def english_rendering(page):
    """The visible strings of the page's address as an English reader's browser shows it."""
    context = page.context.browser.new_context(
        storage_state=page.context.storage_state(),
        locale="en-US",
        viewport=page.viewport_size,
    )
    try:
        english = context.new_page()
        english.goto(page.url)
        english.wait_for_load_state("networkidle")
        assert language_of(english) == "en", f"{page.url} is not in English for English readers"
        return visible_texts(english)
    finally:
        context.close()


def language_of(page):
    return page.evaluate("document.documentElement.lang").split("-")[0]


def english_left_on(page, user_content=()):
    """The interface strings of the page (showing a Vietnamese screen) that an English
    reader's rendering of the same address shows unchanged: sorted, each once."""
    assert language_of(page) == "vi", f"{page.url} is not in Vietnamese"
    vietnamese = visible_texts(page)
    english = english_rendering(page)
    return sorted(text for text in vietnamese & english if interface_words(text, [*user_content]))
