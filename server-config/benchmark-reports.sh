#!/usr/bin/env bash
# =====================================================================================================================
# benchmark-reports.sh — the reports measured on a generated province, over HTTP, as a leader of the province: prints
# figures (min / median / p90 / max milliseconds of RUNS requests after a warm-up), never fails on a slow one.
#
# Usage:  server-config/benchmark-reports.sh
#
# Needs a running portal (server-config/motcua.sh start) whose database was filled by server-config/generate-data.sh
# (up to 1 000 000 dossiers over 5 years; its bench-credentials.properties holds the province leader, leader.*).
# What it times, each request whole (server time + transfer, as curl sees it):
#   1. the leader's dashboard: the home page with this month's cards, the 12-month and sector charts and the lists of
#      the province (issue target: under 300 ms);
#   2. the status table of the province for a whole year (the current year unless YEAR), by agency: the form's
#      "Xem" posted with the page's ViewState (target: under 1 s);
#   3. the same for the year before (a closed period: monthly snapshots where frozen);
#   4. a drill-down's first page: the address the dashboard's "overdue" figure links to (this month's table of the
#      province and the first 20 overdue dossiers, one request; target for the list: under 300 ms);
#   5. the public statistics page (anonymous, no session).
# Each answer is checked for what it must show (a redirect to the login page would look fast). Also prints the size
# of the data (dossiers, report facts) and writes the table to $OUT/benchmark-reports-<time>.txt.
#
# Environment (all optional):
#   MOTCUA_HOME, MOTCUA_DOMAIN   the portal's domain (as for motcua.sh)          default: <repo>/.motcua, motcua
#   GEN_OUT                      the generator's output (credentials)            default: $MOTCUA_HOME/generated/<domain>
#   OUT                          where the report goes                           default: $GEN_OUT
#   RUNS                         timed requests per line (after one warm-up)     default: 10
#   YEAR                         the status table's year                         default: this year
# =====================================================================================================================
set -euo pipefail
REPO=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench-portal.sh
source "$REPO/server-config/bench-portal.sh"
RUNS=${RUNS:-10}
YEAR=${YEAR:-$(date +%Y)}
ROOT=$(prop leader.agency)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"

log "Logging in as $(prop leader.username) (the province, agency $ROOT) at $BASE ..."
log_in "$JAR" "$WORK"
curl -fs -b "$JAR" -o "$WORK/home" "$BASE/index.xhtml"
grep -q 'id="agencyMonth"' "$WORK/home" || die "the leader's home page shows no figures (login failed?)"

# --- timing ----------------------------------------------------------------------------------------------------------
# time_request <marker> <curl arguments...>: one request, its milliseconds; dies when the answer lacks the marker
time_request() {
  local marker=$1 code seconds
  shift
  read -r code seconds < <(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}\n' "$@")
  [[ $code == 200 ]] && grep -q -- "$marker" "$WORK/body" ||
    die "HTTP $code without \"$marker\" for: ${*: -1} (see the portal's server.log)"
  awk -v s="$seconds" 'BEGIN { printf "%d\n", s * 1000 + 0.5 }'
}

# stats <file of ms> -> "min median p90 max"
stats() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    p90 = int(NR * 0.9 + 0.999); if (p90 < 1) p90 = 1; if (p90 > NR) p90 = NR
    printf "%d %d %d %d\n", v[1], v[int((NR + 1) / 2)], v[p90], v[NR] }'
}

REPORT="$WORK/report"
: >"$REPORT"
# measure <label> <request function>: a warm-up, then RUNS timed calls
measure() {
  local label=$1 fn=$2 i
  log "$label ..."
  "$fn" >/dev/null
  : >"$WORK/ms"
  for ((i = 1; i <= RUNS; i++)); do "$fn" >>"$WORK/ms"; done
  read -r min med p90 max < <(stats "$WORK/ms")
  printf '%-58s %7s %7s %7s %7s\n' "$label" "$min" "$med" "$p90" "$max" >>"$REPORT"
}

dashboard() { time_request 'id="monthsChart"' -b "$JAR" "$BASE/index.xhtml"; }

# the status table: the page opened (not timed), its form posted with a year, the province and rows by agency
status_year() {
  curl -fs -b "$JAR" -c "$JAR" -o "$WORK/status" "$BASE/reports/status.xhtml"
  time_request 'id="status:table"' -b "$JAR" -c "$JAR" \
    --data-urlencode "status=status" --data-urlencode "status:kind=YEAR" \
    --data-urlencode "status:year_input=$1" --data-urlencode "status:year_hinput=$1" \
    --data-urlencode "status:year=$1" --data-urlencode "status:month_input=1" \
    --data-urlencode "status:agency_input=$ROOT" --data-urlencode "status:grouping_input=AGENCY" \
    --data-urlencode "status:show=" --data-urlencode "jakarta.faces.ViewState=$(view_state "$WORK/status")" \
    --data-urlencode "primefaces.nonce=$(nonce "$WORK/status")" "$BASE/reports/status.xhtml"
}
status_this_year() { status_year "$YEAR"; }
status_last_year() { status_year "$((YEAR - 1))"; }

overdue_drill() {
  time_request 'id="status:drill"' -b "$JAR" "$BASE/reports/status.xhtml?agency=$ROOT&figure=in_progress_overdue"
}

public_statistics() { time_request 'mc-' "$BASE/public/statistics.xhtml"; }

measure "leader's dashboard (home page, the province)" dashboard
measure "status table, province, year $YEAR, by agency" status_this_year
measure "status table, province, year $((YEAR - 1)), by agency" status_last_year
measure "overdue drill-down (month table + first 20 dossiers)" overdue_drill
measure "public statistics page (anonymous)" public_statistics

DOSSIERS=$(grep -o '[0-9][0-9,]* dossiers over [0-9]* years' "$GEN_OUT/summary.txt" 2>/dev/null | head -1 || true)
STAMP=$(date +%Y%m%d-%H%M%S)
{
  printf 'MotCua reports benchmark, %s, %s requests per line after a warm-up (ms, as curl sees them)\n' \
    "$(date -u '+%Y-%m-%d %H:%M UTC')" "$RUNS"
  printf 'data: %s (generated: %s), %s CPUs, portal %s\n' "$GEN_OUT" "${DOSSIERS:-see summary.txt}" \
    "$(nproc)" "$BASE"
  printf '%-58s %7s %7s %7s %7s\n' "what" "min" "median" "p90" "max"
  cat "$REPORT"
} | tee "$OUT/benchmark-reports-$STAMP.txt"
