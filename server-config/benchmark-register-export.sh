#!/usr/bin/env bash
# =====================================================================================================================
# benchmark-register-export.sh — the register book (sổ theo dõi hồ sơ, form 06) of one agency exported to Excel in the
# background, as the screen does it, over HTTP as the province's leader, with the portal JVM's heap measured around it:
# prints figures, never fails on a large one (issue target: a book of 100,000 lines streams, heap growth < 256 MB).
#
# Usage:  server-config/benchmark-register-export.sh
#
# Needs a running portal (server-config/motcua.sh start) on the embedded H2 database (AUTO_SERVER, so this script can
# read it alongside) filled by server-config/generate-data.sh (its bench-credentials.properties holds the leader).
# The book chosen: the receiving agency with most dossiers, over the days from its first reception to today (or
# AGENCY, FROM, TO). Heap figures of the portal's JVM (jcmd, same user):
#   - live before: heap used after a full GC (GC.run) just before the export;
#   - live during: the largest heap used after a full GC forced every SAMPLE seconds while the export runs (what the
#     export keeps reachable: rows, workbook rows, buffers), and its growth over "live before";
#   - used peak: the largest heap used (live and garbage) seen by jstat every 250 ms, minus "live before" (depends on
#     when the collector runs, so an upper bound);
#   - live after: after the export and a full GC (what stays: nothing should).
# The downloaded workbook is checked (a ZIP whose sheet has the book's lines) and deleted.
#
# Environment (all optional):
#   MOTCUA_HOME, MOTCUA_DOMAIN   the portal's domain (as for motcua.sh)          default: <repo>/.motcua, motcua
#   GEN_OUT                      the generator's output (credentials)            default: $MOTCUA_HOME/generated/<domain>
#   OUT                          where the report goes                           default: $GEN_OUT
#   AGENCY, FROM, TO             the book: agency id, days dd/MM/yyyy            default: the busiest agency, all days
#   SAMPLE                       seconds between forced full GCs during the export   default: 3
# =====================================================================================================================
set -euo pipefail
REPO=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench-portal.sh
source "$REPO/server-config/bench-portal.sh"
SAMPLE=${SAMPLE:-3}

# the portal's JVM: the one whose instance root is this domain
PID=$(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$DOMAIN_DIR( |$)" | head -1 || true)
[[ -n $PID ]] || die "no JVM of the domain $DOMAIN_DIR found"
command -v jcmd >/dev/null && command -v jstat >/dev/null || die "jcmd and jstat (JDK) are needed"

WORK=$(mktemp -d)
JSTAT_PID=
cleanup() { [[ -n $JSTAT_PID ]] && kill "$JSTAT_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# --- the book: the busiest receiving agency, over all its days -------------------------------------------------------
sql() {
  java -cp "$PAYARA/h2db/bin/h2.jar" org.h2.tools.Shell \
    -url "jdbc:h2:$DOMAIN_DIR/data/motcua;AUTO_SERVER=TRUE" -user sa -password "" \
    -sql "$1" | sed -n '2p' | tr -d ' '
}
if [[ -z ${AGENCY:-} ]]; then
  IFS='|' read -r AGENCY LINES FIRST < <(sql "select receiving_agency_id, count(*),
    formatdatetime(min(received_at), 'dd/MM/yyyy') from dossier where received_at is not null
    group by receiving_agency_id order by count(*) desc fetch first 1 row only")
  FROM=${FROM:-$FIRST}
fi
FROM=${FROM:?FROM (dd/MM/yyyy) is needed with AGENCY}
TO=${TO:-$(date +%d/%m/%Y)}
log "The register book of agency $AGENCY from $FROM to $TO (${LINES:-?} dossiers received there in all)"

# --- the leader, the register screen ---------------------------------------------------------------------------------
JAR="$WORK/cookies"
log_in "$JAR" "$WORK"
curl -fs -b "$JAR" -c "$JAR" -o "$WORK/register" "$BASE/reports/register.xhtml"
grep -q 'id="register"' "$WORK/register" || die "the leader cannot open the register book (login failed?)"
VS=$(view_state "$WORK/register")
NONCE=$(nonce "$WORK/register")
curl -fs -b "$JAR" -c "$JAR" -o "$WORK/shown" \
  --data-urlencode "register=register" --data-urlencode "register:agency_input=$AGENCY" \
  --data-urlencode "register:counter_input=" --data-urlencode "register:from_input=$FROM" \
  --data-urlencode "register:to_input=$TO" --data-urlencode "register:show=" \
  --data-urlencode "jakarta.faces.ViewState=$VS" --data-urlencode "primefaces.nonce=$NONCE" \
  "$BASE/reports/register.xhtml"
grep -q 'id="register:lines"' "$WORK/shown" || die "the book was not shown (see $BASE/reports/register.xhtml)"
grep -q 'id="register:excelLater"' "$WORK/shown" ||
  die "the book is short enough to be exported in the request: no background export to measure"
VS=$(view_state "$WORK/shown")

# ajax <source id> [render]: a PrimeFaces partial request of the register form, the partial response in $WORK/partial
ajax() {
  curl -fs -b "$JAR" -c "$JAR" -o "$WORK/partial" -H "Faces-Request: partial/ajax" \
    --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=$1" \
    --data-urlencode "jakarta.faces.partial.execute=$1" --data-urlencode "jakarta.faces.partial.render=${2:-register:exportJob}" \
    --data-urlencode "$1=$1" --data-urlencode "register=register" \
    --data-urlencode "jakarta.faces.ViewState=$VS" --data-urlencode "primefaces.nonce=$NONCE" \
    "$BASE/reports/register.xhtml"
}

# heap used in KB: after a full GC (live) or as it is
heap_used_kb() { jcmd "$PID" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1; }
live_kb() { jcmd "$PID" GC.run >/dev/null; heap_used_kb; }

LIVE_BEFORE=$(live_kb)
# S0U S1U EU OU (KB) every 250 ms
jstat -gc "$PID" 250 >"$WORK/jstat" 2>/dev/null &
JSTAT_PID=$!
START=$(date +%s.%N)
ajax register:excelLater
log "Export started; live heap before: $((LIVE_BEFORE / 1024)) MB. Forcing a full GC every ${SAMPLE}s while it runs ..."
: >"$WORK/live"
state=RUNNING
while :; do
  sleep "$SAMPLE"
  live_kb >>"$WORK/live"
  ajax register:exportPoll
  if grep -q 'exportDownload' "$WORK/partial"; then state=DONE; break; fi
  if ! grep -q 'exportPoll' "$WORK/partial"; then state=STOPPED; break; fi
  printf '    %s\n' "$(grep -o '[0-9.]* / [0-9.]* dòng\|[0-9][0-9.,]*/[0-9][0-9.,]*' "$WORK/partial" | head -1)"
done
END=$(date +%s.%N)
kill "$JSTAT_PID" 2>/dev/null || true
JSTAT_PID=
[[ $state == DONE ]] || die "the export did not finish: $(sed 's/<[^>]*>/ /g' "$WORK/partial" | tr -s ' ' | head -c 400)"
LIVE_AFTER=$(live_kb)
LIVE_PEAK=$(sort -n "$WORK/live" | tail -1)
USED_PEAK=$(awk '$1 ~ /^[0-9.]+$/ { printf "%d\n", $3 + $4 + $6 + $8 }' "$WORK/jstat" | sort -n | tail -1)

# the workbook: downloaded with the page's download button, checked, deleted
curl -fs -b "$JAR" -c "$JAR" -o "$WORK/book.xlsx" \
  --data-urlencode "register=register" --data-urlencode "register:exportDownload=" \
  --data-urlencode "jakarta.faces.ViewState=$VS" --data-urlencode "primefaces.nonce=$NONCE" \
  "$BASE/reports/register.xhtml"
# the sheet: four heading rows, an empty one (not written), the column heads, then a row per line
ROWS=$(unzip -p "$WORK/book.xlsx" 'xl/worksheets/sheet1.xml' | grep -o '<row ' | wc -l)
SIZE=$(du -k "$WORK/book.xlsx" | cut -f1)

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
STAMP=$(date +%Y%m%d-%H%M%S)
{
  printf 'MotCua register book export, %s (portal %s, JVM %s, -Xmx from the domain; %s CPUs, load %s)\n' \
    "$(date -u '+%Y-%m-%d %H:%M UTC')" "$BASE" "$PID" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'book: agency %s, %s – %s: %s lines in the workbook (%s rows with its heading), %s KB, %.1f s\n' \
    "$AGENCY" "$FROM" "$TO" "$((ROWS - 5))" "$ROWS" "$SIZE" "$(echo "$END - $START" | bc)"
  printf '%-52s %10s MB\n' "live heap before (after a full GC)" "$(mb "$LIVE_BEFORE")"
  printf '%-52s %10s MB  (growth %s MB, %s samples)\n' "largest live heap during the export" "$(mb "$LIVE_PEAK")" \
    "$(mb $((LIVE_PEAK - LIVE_BEFORE)))" "$(wc -l <"$WORK/live")"
  printf '%-52s %10s MB  (growth %s MB)\n' "largest heap used during the export (with garbage)" "$(mb "$USED_PEAK")" \
    "$(mb $((USED_PEAK - LIVE_BEFORE)))"
  printf '%-52s %10s MB  (growth %s MB)\n' "live heap after (after a full GC)" "$(mb "$LIVE_AFTER")" \
    "$(mb $((LIVE_AFTER - LIVE_BEFORE)))"
} | tee "$OUT/benchmark-register-export-$STAMP.txt"
