#!/usr/bin/env bash
# =====================================================================================================================
# benchmark-http.sh — the portal measured over HTTP with wrk, each page against a ceiling measured in the same run.
#
# Usage:  server-config/benchmark-http.sh
#
# Needs a running portal (server-config/motcua.sh start) whose database was filled by server-config/generate-data.sh
# (its benchmark officer logs in, its lookup samples give valid codes and secrets). Steps:
#   1. installs wrk from Debian's packages if it is missing (apt-get update + install; needs root);
#   2. builds and deploys next to the portal, in the same domain, the ceiling WAR (server-config/bench-ceiling:
#      a trivial JAX-RS resource and a trivial JSF page at /ceiling; a tool, never in the EAR);
#   3. logs the benchmark officer in with curl (the JSF login form and its ViewState), once per wrk connection (each
#      logged-in request uses one of these sessions at random), the province's leader likewise (dashboard, status
#      table), opens a session per connection on the trivial JSF page too, and checks every URL answers 200 with the
#      expected content before measuring it (a redirect to the login page would look fast);
#   4. measures each URL with `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency`: req/s, p50, p99, the ratio of
#      req/s to the ceiling of its kind (REST or JSF), and non-2xx answers. The rows: the ceilings, the lookup API
#      and page, the login page, the officer's worklists MINE and ALL, the dossier page, the leader's dashboard and
#      the status table of the province for the year by agency (the form's ajax post);
#   5. receive over HTTP: server-config/bench-receive-http.py, RECEIVE_WORKERS counter officers each receiving one
#      dossier after another on counter/receive.xhtml as a browser does (8 requests a dossier here), for DURATION;
#   6. receive throughput through the facade: server-config/benchmark.sh (DossierBenchmark, in a test domain of its
#      own) with few dossiers, unless BENCH_FACADE=0;
#   7. prints the table and writes it to $OUT/benchmark-http-<time>.txt.
#
# Environment (all optional):
#   MOTCUA_HOME, MOTCUA_DOMAIN   the portal's domain (as for motcua.sh)          default: <repo>/.motcua, motcua
#   GEN_OUT                      the generator's output (credentials, samples)  default: $MOTCUA_HOME/generated/<domain>
#   OUT                          where the report goes                           default: $GEN_OUT
#   THREADS / CONNECTIONS / DURATION / TIMEOUT   wrk's -t -c -d --timeout        default: 2 / 16 / 20s / 30s
#                                (a request still running when DURATION ends is not counted: on a loaded machine,
#                                 give DURATION many times the slowest page's latency)
#   YEAR                         the status table's year                         default: this year
#   BENCH_RECEIVE_HTTP           1 = receive over HTTP (writes real dossiers)    default: 1
#   RECEIVE_WORKERS              counter officers receiving at once over HTTP   default: 4
#   BENCH_FACADE                 1 = also the in-container receive benchmark     default: 1
#   BENCH_ONLY                   measure only the rows whose name matches this extended regular expression (the
#                                ceilings always), e.g. 'lookup|login'                 default: every row
#   BENCH_PORTBASE               its test domain's portbase (see benchmark.sh)   default: 35000
#   BENCH_RECEIPTS               receipts it times                               default: 500
# =====================================================================================================================
set -euo pipefail
REPO=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MOTCUA_HOME=${MOTCUA_HOME:-$REPO/.motcua}
DOMAIN=${MOTCUA_DOMAIN:-motcua}
GEN_OUT=${GEN_OUT:-$MOTCUA_HOME/generated/$DOMAIN}
OUT=${OUT:-$GEN_OUT}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
TIMEOUT=${TIMEOUT:-30s}

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '==> %s\n' "$*"; }

# --- 1. wrk ---------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  [[ $(id -u) == 0 ]] || die "wrk is missing: install it as root (apt-get update && apt-get install -y wrk)"
  log "Installing wrk from Debian's packages ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# --- the running portal ----------------------------------------------------------------------------------------------
version=$(sed -n 's:.*<payara.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</payara.version>.*:\1:p' "$REPO/pom.xml" | head -1)
PAYARA_HOME="$MOTCUA_HOME/payara-$version/payara6"
DOMAIN_XML="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
[[ -f $DOMAIN_XML ]] || die "no domain $DOMAIN under $PAYARA_HOME: start the portal first (server-config/motcua.sh start)"
listener_port() { sed -n "s:.*<network-listener[^>]*name=\"$1\"[^>]*port=\"\([0-9]*\)\".*:\1:p; s:.*<network-listener[^>]*port=\"\([0-9]*\)\"[^>]*name=\"$1\".*:\1:p" "$DOMAIN_XML" | head -1; }
HTTP_PORT=$(listener_port http-listener-1)
ADMIN_PORT=$(listener_port admin-listener)
BASE="http://localhost:$HTTP_PORT"
curl -fs -o /dev/null "$BASE/motcua/login.xhtml" || die "the portal does not answer at $BASE/motcua/ (motcua.sh start)"
CREDENTIALS="$GEN_OUT/bench-credentials.properties"
SAMPLES="$GEN_OUT/lookup-samples.tsv"
[[ -f $CREDENTIALS && -f $SAMPLES ]] || die "no generated data in $GEN_OUT: run server-config/generate-data.sh first"
prop() { sed -n "s/^$1=//p" "$CREDENTIALS"; }

# --- 2. the ceiling WAR ----------------------------------------------------------------------------------------------
if [[ ${MOTCUA_SKIP_BUILD:-0} != 1 || ! -f $REPO/server-config/bench-ceiling/target/motcua-ceiling.war ]]; then
  log "Building the ceiling WAR ..."
  (cd "$REPO" && mvn -B -q -Dstyle.color=never -pl server-config/bench-ceiling -DskipTests package)
fi
log "Deploying it at $BASE/ceiling ..."
"$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" deploy --force=true --name motcua-ceiling --contextroot ceiling \
  "$REPO/server-config/bench-ceiling/target/motcua-ceiling.war" >/dev/null

# --- 3. log in, pick the URLs, check them ----------------------------------------------------------------------------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"
login_page=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/motcua/login.xhtml")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login_page" | head -1 | sed 's/.*value="//; s/"$//')
[[ -n $view_state ]] || die "no ViewState in the login page"
nonce_of() { grep -o "csp\.init('[^']*')" <<<"$1" | head -1 | sed "s/.*('//; s/')$//"; } # PrimeFaces' CSP nonce, sent back like a browser
status=$(curl -s -o "$WORK/after-login" -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "login=login" --data-urlencode "login:username=$(prop officer.username)" \
  --data-urlencode "login:password=$(prop officer.password)" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$(nonce_of "$login_page")" \
  "$BASE/motcua/login.xhtml")
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
[[ -n $SESSION ]] || die "login as $(prop officer.username) gave no session (HTTP $status)"
COOKIE="Cookie: JSESSIONID=$SESSION"

# One session per connection, as many officers would have: requests of one session may wait for each other (view
# state, session locks), which is not what a province's load looks like. wrk picks one at random for each request.
login() { # $1 = a name for its cookie jar, $2 = a prefix in the credentials (officer, leader, counter) -> a JSESSIONID
  local jar="$WORK/jar.$1" page state
  page=$(curl -fs -c "$jar" -b "$jar" "$BASE/motcua/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:username=$(prop "$2".username)" --data-urlencode "login:password=$(prop "$2".password)" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$(nonce_of "$page")" "$BASE/motcua/login.xhtml"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}
SESSIONS_LUA="$WORK/sessions.lua"
{
  echo "local cookies = {"
  echo "  \"JSESSIONID=$SESSION\","
  for ((i = 2; i <= CONNECTIONS; i++)); do echo "  \"JSESSIONID=$(login "$i" officer)\","; done
  echo "}"
  echo 'request = function() return wrk.format(nil, nil, {["Cookie"] = cookies[math.random(#cookies)]}) end'
} >"$SESSIONS_LUA"

# The reports (issue 11), as the province's leader: the dashboard is a GET; the status table is the form's "Xem"
# posted as the browser does (a PrimeFaces ajax request with the page's ViewState, which an ajax postback keeps), for
# the whole year by agency, one view per session (each session opened status.xhtml once).
# The trivial JSF page keeps its view state in a session as every officer's page does: wrk sends one session per
# connection, opened here. Without a cookie each request made a new session (server-side state saving), which cost
# the ceiling a session's creation and left tens of thousands of sessions in the heap for 30 minutes.
CEILING_LUA="$WORK/ceiling.lua"
{
  echo "local cookies = {"
  for ((i = 1; i <= CONNECTIONS; i++)); do
    curl -fs -o /dev/null -c "$WORK/ceiling.$i" "$BASE/ceiling/page.xhtml"
    echo "  \"JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$WORK/ceiling.$i" | tail -1)\","
  done
  echo "}"
  echo 'request = function() return wrk.format(nil, nil, {["Cookie"] = cookies[math.random(#cookies)]}) end'
} >"$CEILING_LUA"

form_body() { # name=value ... -> an application/x-www-form-urlencoded body
  python3 -c 'import sys, urllib.parse; print(urllib.parse.urlencode([tuple(a.split("=", 1)) for a in sys.argv[1:]]))' "$@"
}
LEADER_LUA="$WORK/leader.lua"
STATUS_LUA="$WORK/status.lua"
ROOT_AGENCY=$(prop leader.agency)
YEAR=${YEAR:-$(date +%Y)}
if [[ -n $(prop leader.username) ]]; then
  leader_cookies=() status_bodies=()
  for ((i = 1; i <= CONNECTIONS; i++)); do
    cookie=$(login "leader.$i" leader)
    [[ -n $cookie ]] || die "login as $(prop leader.username) gave no session"
    page=$(curl -fs -H "Cookie: JSESSIONID=$cookie" "$BASE/motcua/reports/status.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    [[ -n $state ]] || die "the leader's status.xhtml has no form (login failed?)"
    leader_cookies+=("JSESSIONID=$cookie")
    status_bodies+=("$(form_body jakarta.faces.partial.ajax=true jakarta.faces.source=status:show \
      jakarta.faces.partial.execute=status jakarta.faces.partial.render=status status:show=status:show status=status \
      status:kind=YEAR "status:year_input=$YEAR" "status:year_hinput=$YEAR" "status:agency_input=$ROOT_AGENCY" \
      status:grouping_input=AGENCY "jakarta.faces.ViewState=$state" "primefaces.nonce=$(nonce_of "$page")")")
  done
  {
    echo "local cookies = {"
    for c in "${leader_cookies[@]}"; do echo "  \"$c\","; done
    echo "}"
    echo 'request = function() return wrk.format(nil, nil, {["Cookie"] = cookies[math.random(#cookies)]}) end'
  } >"$LEADER_LUA"
  {
    echo "local posts = {"
    for ((i = 0; i < CONNECTIONS; i++)); do echo "  {\"${leader_cookies[i]}\", \"${status_bodies[i]}\"},"; done
    echo "}"
    echo 'request = function()'
    echo '  local p = posts[math.random(#posts)]'
    echo '  return wrk.format("POST", nil, {["Cookie"] = p[1], ["Faces-Request"] = "partial/ajax",'
    echo '    ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"}, p[2])'
    echo 'end'
  } >"$STATUS_LUA"
fi

IFS=$'\t' read -r CODE SECRET _ < <(awk -F'\t' '$3 != "NOT_ACCEPTED"' "$SAMPLES" | shuf -n 1 --random-source=<(yes))
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
selected() { [[ -z ${BENCH_ONLY:-} || $1 == trivial* ]] || grep -qE -- "$BENCH_ONLY" <<<"$1"; }
DOSSIER_ID=none
if selected "dossier page"; then
  worklist=$(curl -fs -H "$COOKIE" "$BASE/motcua/work/dossiers.xhtml?list=MINE")
  DOSSIER_ID=$(grep -o 'dossier.xhtml?id=[0-9]*' <<<"$worklist" | head -1 | sed 's/.*id=//')
  [[ -n $DOSSIER_ID ]] || die "the benchmark officer's worklist MINE shows no dossier (logged in? generated data?)"
fi

# name | kind (rest|jsf) | url | header | text the answer must contain
CASES=(
  "trivial JAX-RS|rest|$BASE/ceiling/api/ping?code=$(enc "$CODE")||\"state\""
  "trivial JSF page (session per connection)|jsf|$BASE/ceiling/page.xhtml|@$CEILING_LUA|f:now"
  "GET /api/v1/lookup (valid code + secret)|rest|$BASE/motcua/api/v1/lookup?code=$(enc "$CODE")&secret=$SECRET||$CODE"
  "public lookup page (code + secret)|jsf|$BASE/motcua/public/lookup.xhtml?code=$(enc "$CODE")&secret=$SECRET||$CODE"
  "login page|jsf|$BASE/motcua/login.xhtml||login:username"
  "worklist MINE, first page (logged in)|jsf|$BASE/motcua/work/dossiers.xhtml?list=MINE|$COOKIE|dossier.xhtml?id="
  "worklist ALL, first page (logged in)|jsf|$BASE/motcua/work/dossiers.xhtml?list=ALL|$COOKIE|dossier.xhtml?id="
  "dossier page (logged in)|jsf|$BASE/motcua/work/dossier.xhtml?id=$DOSSIER_ID|$COOKIE|mc-"
)
if [[ -f $LEADER_LUA ]]; then
  CASES+=(
    # The status table first: each dashboard GET is a new view in the leader's session, and once there are more
    # than the session keeps (Mojarra's 15 logical views) the status page's view, which the posts name, is gone and
    # every post answers the 'view expired' page (seen at 35 dashboards/s: 280 ViewExpiredException in server.log).
    "status table, province, year $YEAR (ajax)|jsf|$BASE/motcua/reports/status.xhtml|@$STATUS_LUA|id=\"status:table\""
    "leader's dashboard (province)|jsf|$BASE/motcua/index.xhtml|@$LEADER_LUA|id=\"monthsChart\""
  )
fi
# BENCH_ONLY (an extended regular expression): only the rows whose name matches it, besides the two ceilings.
filtered=()
for c in "${CASES[@]}"; do selected "${c%%|*}" && filtered+=("$c"); done
CASES=("${filtered[@]}")
# check <header or @script> <url> -> the HTTP status of one request as wrk will send it, the body in $WORK/body
check() {
  if [[ $1 == @*status.lua ]]; then # the first session's post
    local cookie body
    cookie=$(sed -n '2s/^ *{"\([^"]*\)", "\([^"]*\)"},$/\1/p' "${1#@}")
    body=$(sed -n '2s/^ *{"\([^"]*\)", "\([^"]*\)"},$/\2/p' "${1#@}")
    curl -s -o "$WORK/body" -w '%{http_code}' -H "Cookie: $cookie" -H "Faces-Request: partial/ajax" \
      -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8" --data-binary "$body" "$2"
  elif [[ $1 == @* ]]; then # the first session of the script
    curl -s -o "$WORK/body" -w '%{http_code}' -H "Cookie: $(sed -n '2s/^ *"\([^"]*\)",$/\1/p' "${1#@}")" "$2"
  else
    curl -s -o "$WORK/body" -w '%{http_code}' ${1:+-H "$1"} "$2"
  fi
}
for c in "${CASES[@]}"; do
  IFS='|' read -r name _ url header marker <<<"$c"
  code=$(check "$header" "$url")
  [[ $code == 200 ]] && grep -qF -- "$marker" "$WORK/body" ||
    die "$name: $url answered $code without '$marker' (see $WORK/body)"
done

# --- 4. measure ------------------------------------------------------------------------------------------------------
measure() { # url header -> "req/s p50 p99 errors" (errors: non-2xx answers + socket errors and timeouts)
  local out
  if [[ $2 == @* ]]; then # its own script (the leader's sessions, the status table's posts)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "${2#@}" "$1")
  elif [[ -n $2 ]]; then # logged in: a session per connection
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$SESSIONS_LUA" "$1")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$1")
  fi
  local rps p50 p99 bad socket
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  socket=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' <<<"$out" |
    awk '{print $1 + $2 + $3 + $4}')
  echo "$rps $p50 $p99 $((${bad:-0} + ${socket:-0}))"
}
dossiers=$(awk '$1 == "MotCua" {print $4}' "$GEN_OUT/summary.txt" 2>/dev/null || true)
REPORT="$OUT/benchmark-http-$(date +%Y%m%d-%H%M%S).txt"
{
  echo "MotCua HTTP benchmark — $(date -Is), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "portal $BASE/motcua (domain $DOMAIN), generated dossiers: ${dossiers:-?}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT"
  echo "officer $(prop officer.username) (agency $(prop officer.agency)); lookup code $CODE; dossier id $DOSSIER_ID"
  echo
  printf '| %-42s | %9s | %9s | %9s | %8s | %7s |\n' request req/s p50 p99 ratio errors
  printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..44})" ----------- ----------- ----------- ---------- ---------
} | tee "$REPORT"
declare -A CEILING
for c in "${CASES[@]}"; do
  IFS='|' read -r name kind url header _ <<<"$c"
  read -r rps p50 p99 bad < <(measure "$url" "$header")
  [[ -n ${CEILING[$kind]:-} ]] || CEILING[$kind]=$rps
  ratio=$(awk -v a="$rps" -v b="${CEILING[$kind]}" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')
  printf '| %-42s | %9s | %9s | %9s | %8s | %7s |\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$bad" | tee -a "$REPORT"
done

# --- 5. receive over HTTP -------------------------------------------------------------------------------------------
if [[ ${BENCH_RECEIVE_HTTP:-1} == 1 ]]; then
  log "Receive over HTTP (counter/receive.xhtml, ${RECEIVE_WORKERS:-4} counter officers, ${DURATION}) ..."
  over_http=$(python3 "$REPO/server-config/bench-receive-http.py" "$BASE/motcua/" "$CREDENTIALS" \
    --workers "${RECEIVE_WORKERS:-4}" --seconds "${DURATION%s}" --show-error 2>&1 || true)
  { echo; echo "${over_http:-receive over HTTP: (failed)}"; } | tee -a "$REPORT"
fi

# --- 6. receive through the facade -----------------------------------------------------------------------------------
if [[ ${BENCH_FACADE:-1} == 1 ]]; then
  log "Receive throughput through the facade (server-config/benchmark.sh, its own test domain) ..."
  facade=$(BENCH_RECEIPTS=${BENCH_RECEIPTS:-500} BENCH_DOSSIERS=2000 BENCH_RUNS=3 "$REPO/server-config/benchmark.sh" \
    2>&1 | grep -E 'counter officers? .*dossiers/s' || true)
  { echo; echo "Receive through DossierWorkflow.receive (in-container, DossierBenchmark):"; echo "${facade:-  (failed: see webapp/target/failsafe-reports)}"; } | tee -a "$REPORT"
fi
{
  echo
  echo "Ratios: req/s over the ceiling of the same kind (the first rest / jsf row); errors: non-2xx answers, socket"
  echo "errors and requests over --timeout (those are not in req/s). Heap of the portal now:"
  "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" generate-jvm-report --type memory 2>/dev/null |
    grep -A4 'Heap Memory Usage' | sed -n 's/^Memory that Java Virtual Machine uses at this time: /  heap used: /p; s/^Maximum Memory that Java Virtual Machine may get.*: \([0-9,]*\) Bytes.*/  heap max:  \1 Bytes/p' || true
} | tee -a "$REPORT"
log "Report: $REPORT"
