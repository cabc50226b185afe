// The print button of the labels' print screen: the browser's print window, on any phone.
document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
});
