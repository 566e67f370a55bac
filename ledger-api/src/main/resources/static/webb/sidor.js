// Small enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".trad-knappar").forEach(function (buttons) {
        buttons.hidden = false;
        buttons.addEventListener("click", function (event) {
            var open = event.target.getAttribute("data-fall");
            if (!open) { return; }
            document.querySelectorAll(".trad details").forEach(function (details) {
                details.open = open === "ut";
            });
        });
    });
    document.querySelectorAll("[data-skriv-ut]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
    // Printing shows the whole tree, not only the branches open on screen.
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll(".trad details").forEach(function (d) { d.open = true; });
    });
});
