// Choosing how to receive the order, a province or a country reloads the form with the
// fields, communes or address lines that go with it, as the buttons beside them do without
// JavaScript; the server puts the focus on the field that comes next.
document.querySelectorAll(".checkout__form").forEach((form) => {
  form.querySelectorAll(".checkout__refresh").forEach((refresh) => {
    form.querySelectorAll(`[name=${refresh.value}]`).forEach((field) => {
      field.addEventListener("change", () => form.requestSubmit(refresh));
    });
  });
});
