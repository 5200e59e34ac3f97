document.querySelectorAll(".claimmark [data-card]").forEach(function (mark) {
  var card = document.getElementById(mark.getAttribute("data-card"));
  if (!card) return;
  mark.addEventListener("mouseenter", function () { card.classList.add("cm-lit"); });
  mark.addEventListener("mouseleave", function () { card.classList.remove("cm-lit"); });
  mark.addEventListener("click", function () {
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
  });
});
