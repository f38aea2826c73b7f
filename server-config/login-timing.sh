#!/usr/bin/env bash
# Times failed logins against a running portal, to check that they take the same time whether or not the account
# exists (issue 12: user enumeration by timing). Each attempt opens the login page in a fresh cookie jar and posts the
# form as a browser does; prints the seconds of the POST and the message shown.
#
#   server-config/login-timing.sh http://localhost:8080/motcua admin some-wrong-password 3
#   server-config/login-timing.sh http://localhost:8080/motcua nobody.here some-wrong-password 3
#
# Against a hardened domain on this machine, whose HTTPS certificate is Payara's self-signed one, set
# MOTCUA_INSECURE_TLS=1 (curl -k) and give the HTTPS address:
#   MOTCUA_INSECURE_TLS=1 server-config/login-timing.sh https://127.0.0.1:8181/motcua admin some-wrong-password 3
#
# Mind the lockout: 5 wrong passwords in a row lock an existing account for 15 minutes (a right one resets the count).
set -euo pipefail
base=${1:?usage: $0 BASE_URL USERNAME PASSWORD [TIMES]} user=${2:?username} pass=${3:?password} times=${4:-3}
jar=$(mktemp) answer=$(mktemp)
tls=()
[[ ${MOTCUA_INSECURE_TLS:-0} == 1 ]] && tls=(-k)
trap 'rm -f "$jar" "$answer"' EXIT
for ((i = 1; i <= times; i++)); do
  : >"$jar"
  page=$(curl "${tls[@]}" -sf -c "$jar" -b "$jar" "$base/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
  nonce=$(grep -o "csp\.init('[^']*')" <<<"$page" | head -1 | sed "s/.*('//; s/')$//") # PrimeFaces' CSP nonce
  seconds=$(curl "${tls[@]}" -s -o "$answer" -w '%{time_total}' -c "$jar" -b "$jar" \
    --data-urlencode "login=login" --data-urlencode "login:username=$user" --data-urlencode "login:password=$pass" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml")
  message=$(grep -o 'ui-messages-error-summary">[^<]*' "$answer" | head -1 | sed 's/^[^>]*>//' || true)
  printf '%s\tattempt %d\t%ss\t%s\n' "$user" "$i" "$seconds" "${message:-(no message: logged in?)}"
done
