# Varnish in front of Làng Nghề (Debian 12's `varnish`, 7.1): /etc/varnish/default.vcl.
#
#   visitors → nginx (TLS, deploy/nginx) → varnishd, listener "http" → gunicorn (backend below)
#   the site's purges (FRONTEND_CACHE_PURGE_URL) → varnishd, listener "purge"
#
# varnishd ... -a http=127.0.0.1:6081 -a purge=127.0.0.1:6083 -f /etc/varnish/default.vcl \
#          -s malloc,256m
# (Debian's unit keeps its management port, -T localhost:6082.) The guide, section 6, "A
# caching proxy in front", has the steps. Check this file with `varnishd -C -f <file>`.
#
# What is stored: only what the site marks `Cache-Control: public, ..., s-maxage=N`, which is
# a public page for an anonymous visitor at its canonical address (craftsite.page_cache); the
# site marks everything else private. Requests of logged-in users, visitors with a cart
# (sessionid cookie) or a flash message (messages cookie) go to the site, which has its own
# store for them.
#
# Purging, sent by the site after each change (craftsite.purges, Wagtail's HTTPBackend):
#   PURGE /vi/some/page/   Host: langnghe.example   that address with every query string
#   PURGE /*               Host: langnghe.example   everything stored for that host
# Each is a ban on headers of the stored object only, which the ban lurker clears in the
# background.

vcl 4.1;

import std;

# The site (gunicorn). With more app servers, declare one backend each and spread requests
# over them with a directors.round_robin() in vcl_init.
backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    # A little longer than gunicorn's timeout (GUNICORN_TIMEOUT, 30 s), like nginx.
    .first_byte_timeout = 35s;
}

# Who may purge, on the "purge" listener only: nginx reaches the "http" listener from
# 127.0.0.1 too, so the address alone would let any visitor purge. With app servers on other
# machines, add their private addresses (e.g. "10.0.0.0"/24).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.http.host) {
        set req.http.host = std.tolower(req.http.host);
    }

    if (req.method == "PURGE") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.url == "/*") {
            set req.http.x-ban = "obj.http.x-host == " + req.http.host;
        } else {
            set req.http.x-ban = "obj.http.x-host == " + req.http.host
                + " && obj.http.x-path == " + regsub(req.url, "\?.*$", "");
        }
        if (std.ban(req.http.x-ban)) {
            return (synth(200, "Purged"));
        }
        return (synth(400, std.ban_error()));
    }

    # Tracking parameters added by ads and social networks (utm_*, Facebook's fbclid, Google's
    # gclid, Microsoft's msclkid, Zalo's zarsrc) change nothing on a page: drop them, so that
    # such links share the page's stored copy and the site sees its canonical address.
    if (req.url ~ "[?&](utm_[^&=]*|fbclid|gclid|msclkid|zarsrc)(=|&|$)") {
        set req.url = regsuball(req.url,
            "(?<=[?&])(utm_[^&=]*|fbclid|gclid|msclkid|zarsrc)(=[^&]*)?(&|$)", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization
        || req.http.Cookie ~ "(^|;)\s*(sessionid|messages)="
        || req.url ~ "^/(admin|django-admin)/") {
        return (pass);
    }
    # Any other cookie (csrftoken, analytics) changes nothing on a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the site says a shared cache may hold; Varnish takes the time to keep it from
    # s-maxage. Anything else is fetched afresh each time (hit-for-miss: a later response
    # that is public is stored again).
    if (beresp.http.Cache-Control !~ "(?i)(^|,)\s*public\s*(,|$)"
        || beresp.http.Cache-Control !~ "(?i)(^|,)\s*s-maxage=[1-9]"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.http.Set-Cookie
        || beresp.http.Vary == "*") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # What a purge matches, kept on the object so that bans need no request (lurker-friendly).
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    # Purges reach this cache only: a shared cache after it (a visitor's proxy) must not keep
    # the page. Browsers ask again each time anyway (max-age=0).
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = regsub(resp.http.Cache-Control,
            "s-maxage=\d+", "s-maxage=0");
    }
    return (deliver);
}
