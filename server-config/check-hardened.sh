#!/usr/bin/env bash
# =====================================================================================================================
# check-hardened.sh — checks a RUNNING domain that `motcua.sh harden` configured, as an attacker on the network would
# see it, and says what is wrong. Linux only (needs ss and curl). Exit 0 = every check passed, 1 = something failed.
#
# Usage:  server-config/check-hardened.sh            (MOTCUA_HOME / MOTCUA_DOMAIN as for motcua.sh; default motcua)
#
# Checks: the domain's Java process listens on every interface only with its HTTP and HTTPS ports, everything else
# on loopback (prints `ss -ltn` of the process); the admin REST interface refuses a call without the password, also
# from this machine; plain HTTP is redirected to HTTPS (MOTCUA_TLS=1) and HTTPS carries HSTS; GET / answers a
# redirect to /motcua/ without a session cookie; /health, /metrics, /openapi are absent from the public ports; an
# unknown path gets our page, naming no product and no version.
# =====================================================================================================================
set -uo pipefail

SCRIPT_DIR=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd -P "$SCRIPT_DIR/.." && pwd)
MOTCUA_HOME=${MOTCUA_HOME:-$REPO/.motcua}
MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua}
version=$(sed -n 's:.*<payara.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</payara.version>.*:\1:p' "$REPO/pom.xml")
DOMAIN_DIR="$MOTCUA_HOME/payara-$version/payara6/glassfish/domains/$MOTCUA_DOMAIN"
failures=0

pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

port_of() {
  local line
  line=$(grep -m1 -E "<network-listener [^>]*name=\"$1\"" "$DOMAIN_DIR/config/domain.xml")
  [[ $line =~ port=\"([0-9]+)\" ]] && printf '%s' "${BASH_REMATCH[1]}"
}

[[ -f $DOMAIN_DIR/config/motcua-hardened ]] || { echo "domain $MOTCUA_DOMAIN has no production profile ($DOMAIN_DIR)"; exit 1; }
pid=$(cat "$DOMAIN_DIR/config/pid" 2>/dev/null) || { echo "domain $MOTCUA_DOMAIN is not running"; exit 1; }
HTTP=$(port_of http-listener-1)
HTTPS=$(port_of http-listener-2)
ADMIN=$(port_of admin-listener)
tls=$(sed -n 's/^tls=//p' "$DOMAIN_DIR/config/motcua-hardened")

echo "== ss -ltn of domain $MOTCUA_DOMAIN (pid $pid)"
sockets=$(ss -Hltnp | grep "pid=$pid," | awk '{print $4}' | sort -u)
printf '%s\n' "$sockets"
while read -r local; do
  [[ -n $local ]] || continue
  port=${local##*:}
  host=${local%:*}
  case $host in
    127.0.0.1|\[::1\]|\[::ffff:127.0.0.1\]) pass "port $port on loopback" ;;
    *) if [[ $port == "$HTTP" || $port == "$HTTPS" ]]; then pass "port $port (HTTP/HTTPS) on $host"
       else fail "port $port listens on $host (only HTTP $HTTP and HTTPS $HTTPS may)"; fi ;;
  esac
done <<<"$sockets"

code=$(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$ADMIN/management/domain" -H 'X-Requested-By: x')
[[ $code == 401 ]] && pass "admin REST without password: 401" || fail "admin REST without password answered $code"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ADMIN/management/domain")
[[ $code != 200 ]] && pass "admin over plain HTTP: $code" || fail "admin answers over plain HTTP"

if [[ $tls == 1 ]]; then
  location=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$HTTP/motcua/login.xhtml")
  [[ $location == https://*/motcua/login.xhtml ]] && pass "HTTP redirected to $location" || fail "HTTP not redirected to HTTPS ($location)"
  hsts=$(curl -sk -D - -o /dev/null "https://127.0.0.1:$HTTPS/motcua/login.xhtml" | grep -i '^strict-transport-security')
  [[ -n $hsts ]] && pass "HTTPS: ${hsts%$'\r'}" || fail "no Strict-Transport-Security over HTTPS"
  BASE="https://127.0.0.1:$HTTPS"
else
  BASE="http://127.0.0.1:$HTTP"
fi

headers=$(curl -sk -D - -o /dev/null "$BASE/")
grep -qi '^location: .*/motcua/' <<<"$headers" && pass "GET / redirects to /motcua/" || fail "GET / does not redirect to /motcua/"
grep -qi '^set-cookie' <<<"$headers" && fail "GET / sets a cookie" || pass "GET / opens no session"

for endpoint in /health /metrics /openapi; do
  code=$(curl -sk -o /dev/null -w '%{http_code}' "$BASE$endpoint")
  [[ $code == 404 ]] && pass "$endpoint not on the public port" || fail "$endpoint answered $code on the public port"
done

body=$(curl -sk "$BASE/no-such-application/x")
if grep -qi 'payara\|glassfish' <<<"$body"; then fail "a 404 outside the portal names the product"; else pass "a 404 outside the portal names no product"; fi
body=$(curl -sk -X TRACE "$BASE/")
if grep -qi 'payara\|glassfish' <<<"$body"; then fail "TRACE names the product"; else pass "TRACE refused without product name"; fi

echo
((failures == 0)) && echo "All checks passed." || echo "$failures check(s) failed."
((failures == 0))
