#!/usr/bin/env python3
"""Receive throughput over HTTP: counter officers receive dossiers at the counter screen as a browser does.

Usage: bench-receive-http.py BASE_URL CREDENTIALS_FILE [--workers N] [--seconds S]

Each worker logs the generated counter officer in (bench-credentials.properties: counter.*) with a session of its own,
then for S seconds, one receipt after another, sends what the browser sends on counter/receive.xhtml:
  1. GET the screen (a new view);
  2. "Tìm" with a new citizen id number (ajax: no applicant of that number);
  3. the procedure (ajax: its documents, form and fees appear), then each document ticked (ajax, one each);
  4. "Tiếp nhận" with the applicant, every document ticked, the procedure's form filled from its own choices and
     types (ajax, the whole form), and checks the answer shows the new dossier's code.
Prints one line: receipts, errors, seconds, dossiers/s, median and p99 of a whole receipt (four requests).
A tool of server-config/benchmark-http.sh; it writes real dossiers into the portal's database.
"""
import argparse
import html
import http.cookiejar
import random
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
AJAX_VIEW_STATE = re.compile(r'<update id="[^"]*jakarta\.faces\.ViewState[^"]*"><!\[CDATA\[([^\]]*)\]\]>')
NONCE = re.compile(r"csp\.init\('([^']*)'\)")
CODE = re.compile(r'id="receive:code"[^>]*>([^<]+)<')


def properties(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key] = value
    return values


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/") + "/"
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=120) as r:
            return r.read().decode("utf-8")

    def post(self, path, fields, ajax):
        data = urllib.parse.urlencode(fields).encode("ascii")
        request = urllib.request.Request(self.base + path, data=data)
        request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        if ajax:
            request.add_header("Faces-Request", "partial/ajax")
        with self.opener.open(request, timeout=120) as r:
            return r.read().decode("utf-8")

    def log_in(self, username, password):
        page = self.get("login.xhtml")
        self.post("login.xhtml", {
            "login": "login", "login:username": username, "login:password": password, "login:submit": "",
            "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1),
            "primefaces.nonce": NONCE.search(page).group(1)}, ajax=False)


def ajax(source, execute, render, event=None):
    fields = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": source,
              "jakarta.faces.partial.execute": execute, "jakarta.faces.partial.render": render}
    if event:
        fields["jakarta.faces.behavior.event"] = event
        fields["jakarta.faces.partial.event"] = event
    else:
        fields[source] = source
    return fields


def form_fields(markup, prefix="receive:"):
    """What a browser would send for the inputs of this markup: values kept, the first choice of every select,
    documents ticked, the procedure's own fields filled by their kind."""
    fields = {}
    for m in re.finditer(r"<input\b([^>]*)>", markup):
        attrs = m.group(1)
        name = attr(attrs, "name")
        if not name or not name.startswith(prefix):
            continue
        kind = attr(attrs, "type") or "text"
        value = html.unescape(attr(attrs, "value") or "")
        if kind == "checkbox":
            if name.endswith(":received_input") or "checked" in attrs:
                fields[name] = "on"
        elif kind == "radio":
            if name not in fields or "checked" in attrs:
                fields[name] = value
        elif kind in ("submit", "button", "file"):
            continue
        elif not value:
            fields[name] = fill(name)
        else:
            fields[name] = value
    for m in re.finditer(r"<select\b([^>]*)>(.*?)</select>", markup, re.S):
        name = attr(m.group(1), "name")
        if not name or not name.startswith(prefix):
            continue
        options = re.findall(r"<option\b([^>]*)>", m.group(2))
        chosen = [attr(o, "value") for o in options if "selected" in o and attr(o, "value")]
        values = [attr(o, "value") for o in options if attr(o, "value")]
        if chosen or values:
            fields[name] = html.unescape((chosen or values)[0])
    for m in re.finditer(r"<textarea\b([^>]*)>(.*?)</textarea>", markup, re.S):
        name = attr(m.group(1), "name")
        if name and name.startswith(prefix) and ":f" in name:
            fields[name] = m.group(2) or fill(name)
    return fields


def fill(name):
    if name.endswith("_hinput") or name.endswith("number_input") or "fnumber" in name or "copies" in name:
        return "1"
    if "fdate" in name:
        return "01/01/2020"
    if ":f" in name:
        return "Kê khai đo hiệu năng"
    return ""


def attr(attrs, name):
    m = re.search(r'\b' + name + r'="([^"]*)"', attrs)
    return m.group(1) if m else None


def receipt(b, counter_id, procedure_id, n):
    page = b.get("counter/receive.xhtml")
    state = VIEW_STATE.search(page).group(1)
    nonce = NONCE.search(page).group(1)
    base = {"receive": "receive", "jakarta.faces.ViewState": state, "primefaces.nonce": nonce}
    id_number = "0%011d" % random.randrange(10**11)
    find = dict(base, **ajax("receive:find", "receive:find receive:kind receive:idNumber", "receive:applicant"))
    find.update({"receive:kind": "CITIZEN", "receive:idNumber": id_number})
    b.post("counter/receive.xhtml", find, ajax=True)
    choose = dict(base, **ajax("receive:procedure", "receive:procedure receive:counter",
                               "receive:procedurePanel receive:actions receive:implementing", event="valueChange"))
    choose.update({"receive:procedure_input": procedure_id, "receive:counter_input": counter_id})
    panel = b.post("counter/receive.xhtml", choose, ajax=True)
    # each document ticked as the browser does (one ajax request each): the "receive" button shows once they are
    for box in sorted(set(re.findall(r'name="(receive:documents:\d+:received)_input"', panel))):
        tick = dict(base, **ajax(box, box, "receive:actions", event="valueChange"))
        tick[box + "_input"] = "on"
        b.post("counter/receive.xhtml", tick, ajax=True)
    fields = form_fields(page)
    fields.update(form_fields(panel))
    fields.update(base)
    fields.update(ajax("receive:receive", "receive", "receive"))
    fields.update({"receive:kind": "CITIZEN", "receive:idNumber": id_number,
                   "receive:name": "Người nộp đo hiệu năng %d" % n, "receive:address": "Số 1 đường Trần Phú",
                   "receive:phone": "0912000111", "receive:procedure_input": procedure_id,
                   "receive:counter_input": counter_id})
    answer = b.post("counter/receive.xhtml", fields, ajax=True)
    code = CODE.search(answer)
    if not code:
        said = re.findall(r'class="ui-messages-error-summary"[^>]*>([^<]*)<', answer) + \
            re.findall(r'class="ui-message-error-detail"[^>]*>([^<]*)<', answer)
        raise RuntimeError("no code in the answer; the page says: " + ("; ".join(said) or
                                                                     re.sub(r"\s+", " ", answer)[:300]))
    return code.group(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("credentials")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--show-error", action="store_true")
    a = parser.parse_args()
    creds = properties(a.credentials)
    if "counter.username" not in creds or "counter.id" not in creds:
        sys.exit("no counter.* in " + a.credentials + ": generate the data again with this version")

    browsers = []
    for _ in range(a.workers):
        b = Browser(a.base)
        b.log_in(creds["counter.username"], creds["counter.password"])
        browsers.append(b)
    # one receipt each first (warm-up, and a failure shown before measuring)
    receipt(browsers[0], creds["counter.id"], creds["counter.procedure"], 0)

    times, errors, lock = [], [], threading.Lock()
    deadline = time.monotonic() + a.seconds

    def work(b, w):
        n = 0
        while time.monotonic() < deadline:
            n += 1
            start = time.monotonic()
            try:
                receipt(b, creds["counter.id"], creds["counter.procedure"], w * 1_000_000 + n)
                with lock:
                    times.append(time.monotonic() - start)
            except Exception as e:  # counted and shown, the run goes on
                with lock:
                    errors.append(str(e))

    started = time.monotonic()
    threads = [threading.Thread(target=work, args=(b, i)) for i, b in enumerate(browsers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - started
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(len(times) * q))] * 1000 if times else 0
    print("receive over HTTP (counter/receive.xhtml, %d officers): %d receipts, %d errors in %.1f s: "
          "%.1f dossiers/s; a receipt (all its requests) p50 %.0f ms, p99 %.0f ms"
          % (a.workers, len(times), len(errors), seconds, len(times) / seconds, p(0.5), p(0.99)))
    if errors and a.show_error:
        print("first error: " + errors[0], file=sys.stderr)


if __name__ == "__main__":
    main()
