// The back office's service worker: the screens open offline with the copy last fetched
// (network first, so online staff always see the server's figures), and its own files
// come from its cache. A signed-out visit forgets every kept page.
const SCOPE = {{ scope|safe }};
const VERSION = {{ version|safe }};
const FILES = {{ files|safe }};
const PAGES = "htx-pages";
const STATIC = `htx-static-${VERSION}`;

self.addEventListener("install", (event) => {
    event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
    event.waitUntil(
        caches.keys()
            .then((names) => Promise.all(
                names.filter((name) => name.startsWith("htx-static-") && name !== STATIC)
                    .map((name) => caches.delete(name)),
            ))
            .then(() => self.clients.claim()),
    );
});

async function networkFirst(request) {
    const cache = await caches.open(PAGES);
    let response;
    try {
        response = await fetch(request);
    } catch (offline) {
        return keptCopy(cache, request);
    }
    if (response.redirected || response.status === 401 || response.status === 403) {
        await caches.delete(PAGES);  // signed out, or not staff: nothing of theirs stays
    } else if (response.ok) {
        await cache.put(request, response.clone());
    }
    return response;
}

// The copy kept of the page (or of the dashboard, for a page never opened), marked so that
// the page says it is not live and since when.
async function keptCopy(cache, request) {
    const kept = (await cache.match(request)) || (await cache.match(SCOPE));
    if (!kept) {
        return Response.error();
    }
    const html = (await kept.text()).replace("<body ", "<body data-kept-copy ");
    const headers = new Headers(kept.headers);
    headers.delete("Content-Length");
    return new Response(html, { status: 200, headers });
}

async function cacheFirst(request) {
    return (await caches.match(request)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === "navigate" && url.pathname.startsWith(SCOPE)) {
        event.respondWith(networkFirst(request));
    } else if (FILES.includes(url.pathname)) {
        event.respondWith(cacheFirst(request));
    }
});

self.addEventListener("message", (event) => {
    if (event.data === "forget") {
        event.waitUntil(caches.delete(PAGES));
    }
});
