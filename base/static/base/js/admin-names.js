// Accessible names that Wagtail's admin leaves out and screen readers (and axe-core) need:
// the rich text editor and the tag input are announced by their field's label, and a
// chooser dialog by its heading. They are added when these widgets appear on the page.
(() => {
    // The label of the form field a widget stands in for (the field itself is a hidden or
    // original input next to the widget).
    const labelOf = (element) => {
        const input = element.closest("[data-field-input]")?.querySelector("input[id], textarea[id]");
        const label = input && document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
        if (label) label.id ||= `${input.id}-label`;
        return label;
    };

    const nameByLabel = (selector) => {
        for (const element of document.querySelectorAll(selector)) {
            const label = labelOf(element);
            if (label) element.setAttribute("aria-labelledby", label.id);
        }
    };

    const nameDialogs = () => {
        for (const dialog of document.querySelectorAll('.modal[role="dialog"]:not([aria-labelledby])')) {
            const heading = dialog.querySelector("h1, h2");
            if (!heading) continue;
            heading.id ||= `${dialog.id || "dialog"}-heading`;
            dialog.setAttribute("aria-labelledby", heading.id);
        }
    };

    const nameAll = () => {
        nameByLabel('[role="textbox"][contenteditable]:not([aria-labelledby]):not([aria-label])');
        nameByLabel(".tagit-new input:not([aria-labelledby])");
        nameDialogs();
    };

    let pending = false;
    new MutationObserver(() => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => {
            pending = false;
            nameAll();
        });
    }).observe(document.body, { childList: true, subtree: true });
    nameAll();
})();
