// The back office on a weak signal. Each change (a row's price and stock, an order's next
// step) goes into a queue kept on the phone, shown as waiting, and is sent when the phone is
// online: at once, when the signal returns, and when a screen opens. A change carries what
// the screen showed; when the server holds something newer it answers 409 with it, and the
// person chooses: keep their change, or take the server's. Nothing is overwritten silently.
(() => {
    "use strict";

    const QUEUE = "htx-queue";
    const OWNER = "htx-owner";
    const PAGES = "htx-pages";
    const body = document.body;
    const texts = document.getElementById("texts").dataset;
    const connection = document.getElementById("connection");
    const language = document.documentElement.lang || "vi";

    // -- the queue, in localStorage (every phone browser has it, and it outlives a reload)

    function queued() {
        try {
            return JSON.parse(localStorage.getItem(QUEUE)) || [];
        } catch (broken) {
            return [];
        }
    }

    function keep(queue) {
        localStorage.setItem(QUEUE, JSON.stringify(queue));
        showConnection();
    }

    function changeId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        const hex = [...crypto.getRandomValues(new Uint8Array(16))]
            .map((byte) => byte.toString(16).padStart(2, "0")).join("");
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
    }

    // One change waits per record: a second edit of the same row replaces the first, and
    // both compare with the figures the server last confirmed.
    function enqueue(change) {
        keep([...queued().filter((other) => !sameRecord(other, change)), change]);
    }

    function sameRecord(one, other) {
        return one.kind === other.kind && one.target === other.target;
    }

    function replace(change, fields) {
        keep(queued().map((other) => (other.id === change.id ? { ...other, ...fields } : other)));
    }

    function drop(change) {
        keep(queued().filter((other) => other.id !== change.id));
    }

    // -- whose data this phone holds: a page of someone else forgets the last one's

    function forgetAnotherPerson() {
        if (localStorage.getItem(OWNER) === body.dataset.owner) {
            return;
        }
        localStorage.removeItem(QUEUE);
        localStorage.setItem(OWNER, body.dataset.owner);
        if ("caches" in window) {
            caches.delete(PAGES)
                .then(() => navigator.onLine && caches.open(PAGES).then((cache) => cache.add(location.href)))
                .catch(() => {});
        }
    }

    // -- the forms: what changed since the figures the server confirmed

    function formFor(change) {
        return document.querySelector(`form.change[data-kind="${change.kind}"][data-target="${change.target}"]`);
    }

    function field(form, name) {
        return form.querySelector(`[name$="${name}"]:not([type=hidden])`) || form.querySelector(`[name="${name}"]`);
    }

    function digits(text) {
        return String(text).replace(/[\s.,]|₫|đồng|đ|vnd/gi, "");
    }

    const READ = {
        stock(form) {
            const seen = form.dataset;
            const shown = {
                price: Number(seen.seenPrice),
                stock: Number(seen.seenStock),
                active: seen.seenActive === "true",
            };
            const typed = {
                price: field(form, "price").value.trim(),
                stock: field(form, "stock").value.trim(),
                active: field(form, "active").checked,
            };
            const changed = {
                price: digits(typed.price) !== String(shown.price),
                stock: typed.stock !== String(shown.stock),
                active: typed.active !== shown.active,
            };
            const names = Object.keys(changed).filter((name) => changed[name]);
            return {
                seen: Object.fromEntries(names.map((name) => [name, shown[name]])),
                new: Object.fromEntries(names.map((name) => [name, typed[name]])),
            };
        },
        step(form) {
            const values = Object.fromEntries(new FormData(form));
            return { seen: { status: form.dataset.seenStatus }, new: values };
        },
    };

    function submitted(event) {
        event.preventDefault();
        const form = event.target;
        if (!form.checkValidity()) {
            form.reportValidity();
            return;
        }
        const { seen, new: values } = READ[form.dataset.kind](form);
        if (!Object.keys(values).length) {
            return;
        }
        const change = { id: changeId(), kind: form.dataset.kind, target: Number(form.dataset.target), seen, new: values, state: "waiting" };
        enqueue(change);
        show(change);
        send();
    }

    // -- what each form says about its change

    function state(form) {
        return form.querySelector(".change__state");
    }

    function say(form, text, kind) {
        const box = state(form);
        box.replaceChildren();
        box.className = `change__state${kind ? ` change__state--${kind}` : ""}`;
        if (text) {
            const line = document.createElement("p");
            line.textContent = text;
            box.append(line);
        }
        return box;
    }

    function show(change) {
        const form = formFor(change);
        if (!form) {
            return;
        }
        if (change.state === "conflict") {
            askAbout(form, change);
        } else {
            say(form, texts.waiting, "waiting");
        }
    }

    function shownValue(form, name, value) {
        if (name === "active") {
            return value ? texts.yes : texts.no;
        }
        if (name === "status_label" || name === "stock") {
            return String(value);
        }
        return Number(value).toLocaleString(language === "vi" ? "vi-VN" : "en-GB");
    }

    function labelOf(form, name) {
        const input = field(form, name);
        const label = input && form.querySelector(`label[for="${input.id}"]`);
        return label ? label.textContent.trim() : "";
    }

    // The server holds something newer than the phone saw: say what, and ask.
    function askAbout(form, change) {
        const box = say(form, state(form).dataset.conflict, "conflict");
        const list = document.createElement("ul");
        const names = change.kind === "stock" ? Object.keys(change.new) : ["status_label"];
        for (const name of names) {
            const item = document.createElement("li");
            const label = labelOf(form, name);
            item.textContent = `${label ? `${label}: ` : ""}${shownValue(form, name, change.current[name])}`;
            list.append(item);
        }
        const keepMine = button(state(form).dataset.keep, () => keepChange(change));
        const useTheirs = button(state(form).dataset.use, () => takeServers(form, change));
        useTheirs.classList.add("button--secondary");
        box.append(list, keepMine, useTheirs);
        keepMine.focus();
    }

    function button(text, action) {
        const element = document.createElement("button");
        element.type = "button";
        element.className = "button";
        element.textContent = text;
        element.addEventListener("click", action);
        return element;
    }

    function keepChange(change) {
        const seen = Object.fromEntries(Object.keys(change.seen).map((name) => [name, change.current[name]]));
        const again = { ...change, id: changeId(), seen, state: "waiting" };
        delete again.current;
        drop(change);
        enqueue(again);
        show(again);
        send();
    }

    function takeServers(form, change) {
        drop(change);
        confirmed(form, change.kind, change.current);
        say(form, "");
    }

    // The record as the server now holds it becomes what the form compares with.
    function confirmed(form, kind, current) {
        if (kind === "stock") {
            form.dataset.seenPrice = current.price;
            form.dataset.seenStock = current.stock;
            form.dataset.seenActive = String(current.active);
            field(form, "price").value = current.price;
            field(form, "stock").value = current.stock;
            field(form, "active").checked = current.active;
        } else {
            form.dataset.seenStatus = current.status;
            const status = form.closest("article").querySelector(".status");
            status.textContent = current.status_label;
        }
    }

    function applied(form, change, answer) {
        confirmed(form, change.kind, answer.current);
        say(form, answer.message, "done");
        if (change.kind === "step") {
            for (const control of form.querySelectorAll("input, button[type=submit]")) {
                control.hidden = true;
                control.disabled = true;
            }
            for (const label of form.querySelectorAll("label")) {
                label.hidden = true;
            }
        }
    }

    function failed(form, answer) {
        const errors = Object.values(answer.errors || {}).flat().map((error) => error.message || error);
        const reason = answer.message || errors.join(" ") || (answer.error === "not_yours" ? texts.notFound : "");
        say(form, `${texts.failed} ${reason}`, "failed");
    }

    // -- sending, one change after another

    function csrfToken() {
        const cookie = document.cookie.split("; ").find((pair) => pair.startsWith("csrftoken="));
        return cookie ? decodeURIComponent(cookie.split("=")[1]) : "";
    }

    let sending = false;

    async function send() {
        if (sending || !navigator.onLine) {
            return;
        }
        sending = true;
        try {
            for (const change of queued().filter((one) => one.state === "waiting")) {
                if (!(await sendOne(change))) {
                    break;
                }
            }
        } finally {
            sending = false;
            showConnection();
        }
    }

    // Sends `change`; false when the rest must wait (no signal, signed out, server trouble).
    async function sendOne(change) {
        const form = formFor(change);
        if (form) {
            say(form, texts.sending, "waiting");
        }
        let response;
        try {
            response = await fetch(body.dataset.changeUrl, {
                method: "POST",
                credentials: "same-origin",
                headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
                body: JSON.stringify({ id: change.id, kind: change.kind, target: change.target, seen: change.seen, new: change.new }),
            });
        } catch (noSignal) {
            if (form) {
                show(change);
            }
            body.dataset.noSignal = "";
            return false;
        }
        delete body.dataset.noSignal;
        const answer = await response.json().catch(() => ({}));
        if (response.ok) {
            drop(change);
            if (form) {
                applied(form, change, answer);
            }
            return true;
        }
        if (response.status === 409) {
            const conflict = { ...change, state: "conflict", current: answer.current };
            replace(change, conflict);
            if (form) {
                askAbout(form, conflict);
            }
            return true;
        }
        if (response.status === 401 || answer.error === "csrf") {
            body.dataset.held = answer.error === "csrf" ? "stale" : "signed-out";
            if (form) {
                show(change);
            }
            return false;
        }
        if (response.status >= 500) {
            if (form) {
                show(change);
            }
            return false;
        }
        drop(change);
        if (form) {
            failed(form, answer);
        }
        return true;
    }

    // -- the banner: offline, waiting changes, signed out

    function showConnection() {
        const waiting = queued().filter((change) => change.state === "waiting").length;
        const offline = !navigator.onLine || "keptCopy" in body.dataset || "noSignal" in body.dataset;
        connection.querySelector(".connection__offline").hidden = !offline;
        connection.querySelector(".connection__waiting").hidden = !waiting;
        connection.querySelector(".connection__count").textContent = waiting;
        connection.querySelector(".connection__signed-out").hidden = body.dataset.held !== "signed-out";
        connection.querySelector(".connection__stale").hidden = body.dataset.held !== "stale";
    }

    // Signing out forgets this phone's copy of the screens and its queue; the server's answer
    // says so too (Clear-Site-Data), for browsers that honour it.
    function forgetAll() {
        localStorage.removeItem(QUEUE);
        localStorage.removeItem(OWNER);
        if ("caches" in window) {
            caches.delete(PAGES).catch(() => {});
        }
    }

    forgetAnotherPerson();
    document.querySelector("form.signout").addEventListener("submit", forgetAll);
    for (const form of document.querySelectorAll("form.change")) {
        form.addEventListener("submit", submitted);
    }
    for (const change of queued()) {
        const form = formFor(change);
        if (form && change.kind === "stock") {
            for (const [name, value] of Object.entries(change.new)) {
                const input = field(form, name);
                if (name === "active") {
                    input.checked = value;
                } else {
                    input.value = value;
                }
            }
        }
        show(change);
    }
    window.addEventListener("online", () => {
        delete body.dataset.keptCopy;
        showConnection();
        send();
    });
    window.addEventListener("offline", showConnection);
    showConnection();
    send();
    if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register(body.dataset.serviceWorker, { scope: body.dataset.scope }).catch(() => {});
    }
})();
