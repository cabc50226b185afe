// Choosing a province reloads the form with that province's communes and delivery fee,
// as the "Show communes" button does without JavaScript.
document.querySelectorAll(".checkout__form").forEach((form) => {
  const province = form.querySelector("select[name=province]");
  const refresh = form.querySelector(".checkout__refresh");
  if (!province || !refresh) return;
  province.addEventListener("change", () => form.requestSubmit(refresh));
});
