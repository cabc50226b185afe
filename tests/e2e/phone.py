"""What a screen owes a person on a phone: nothing wider than the screen, and controls big
enough for a finger."""

MIN_TARGET = 44  # px, Apple's and Android's guidance for touch targets

# The content of an admin screen, without Wagtail's frame around it: the dashboard, the
# form of an editor's current tab, or a screen's body.
CONTENT = "main .w-dashboard, main [role=tabpanel], main .nice-padding"
# Wagtail's controls tucked at the screen's edge by design, to slide in when asked for: the
# editor's minimap, its side panels and the buttons to comment on a field.
TUCKED_AT_THE_EDGE = ".w-minimap, .form-side, .w-field__comment-button"

# Visible elements under `root` that start on the screen and reach past its right edge:
# cut off, or only reachable by scrolling sideways.
PAST_THE_EDGE = """([root, tucked]) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll(root)]
        .flatMap((content) => [content, ...content.querySelectorAll("*")])
        .filter((element) => element.checkVisibility() && !element.closest(tucked))
        .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.left < width && box.right > width + 1;
        })
        .map((element) => element.outerHTML.slice(0, 120));
}"""

# Visible controls matching `selector` smaller than `size` either way.
SMALL_TARGETS = """([selector, size]) => [...document.querySelectorAll(selector)]
    .filter((element) => element.checkVisibility())
    .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < size || box.height < size;
    })
    .map((element) => {
        const box = element.getBoundingClientRect();
        const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
        return `${size} ${element.outerHTML.slice(0, 100)}`;
    })"""


def past_the_edge(page, root=CONTENT):
    """Descriptions of the visible elements under `root` that do not fit the screen's width,
    and of the page itself when it scrolls sideways."""
    found = page.evaluate(PAST_THE_EDGE, [root, TUCKED_AT_THE_EDGE])
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > page.viewport_size["width"]:
        found.append(f"the page is {width}px wide")
    return found


def small_targets(page, selector):
    """Descriptions of the visible controls matching `selector` under MIN_TARGET px."""
    return page.evaluate(SMALL_TARGETS, [selector, MIN_TARGET])
