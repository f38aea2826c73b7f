#!/usr/bin/env bash
# =====================================================================================================================
# fault-tests.sh — fault checks against a running cluster (server-config/motcua.sh cluster start). Each prints its
# figures. Nothing here runs in `mvn verify` / .ci/run.
#
# Usage:  server-config/fault-tests.sh [database] [form] [failover] [codes] [caches] [soak]
#         (default: database form failover codes caches, in this order; soak only when named: it takes SOAK_MINUTES)
#
#   database  The H2 server is stopped under the running portal: the readiness answer of each instance and of the
#             load balancer turns DOWN, a page that reads the database answers with the Vietnamese "try again"
#             message (never a stack trace); the H2 server is started again and the time until both instances are
#             ready again is measured: the pool recovers by itself, no instance is restarted.
#   form      DatabaseFault (headless Chromium): an officer presses "receive" while the H2 server is stopped: the
#             Vietnamese "try again" message on the same page, the typed values kept, nothing stored; after db-start
#             the same press receives the dossier once, nothing restarted.
#   failover  FailoverFault (headless Chromium through HAProxy): an officer half way through receiving a dossier,
#             the instance serving them is killed, the press on "receive" is served by the other instance and the
#             dossier holds what was typed. Both instances are running again afterwards.
#   codes     CodesFault: two browsers, one per instance, receive at the same counter at once (CODES_RECEIPTS each,
#             default 5): unique, consecutive codes.
#   caches    CachesFault (HTTP, each instance directly): an administrator on instance 1 changes, through the admin
#             screens, a role's permissions, the working calendar (a holiday on the next working day) and a plugin
#             switch (social-welfare for the demo department), then takes each change back; an officer signed in on
#             instance 2 must see each within a second (the first read sent 1 s after the change, or an earlier one):
#             the audit menu entry, a dossier's remaining working time, the plugin's menu entry. Needs an open
#             dossier of the demo department (failover or codes receive some).
#   soak      SoakFault (HTTP, no browser, through HAProxy): SOAK_OFFICERS simulated officers (default 50) work for
#             SOAK_MINUTES (default 10) on the real screens: receive at the counter, assign, forward, approve, return,
#             public lookups (API and page), a few dossiers taken by two officers at once. At 30% of the run the H2
#             server is stopped for 20 s, at 60% instance 1 is killed and restarted 15 s later. The demo officers
#             *.tttt get generated temporary passwords (an admin's reset) changed at their first login. Then the
#             database is read directly: no dossier lost or duplicated, every transition applied once or refused
#             with a message, every history a chain the lifecycle allows ending in the dossier's state. Prints
#             requests and errors by kind, outcomes, dossiers per state and the checks (PASS/FAIL). SOAK_SEED
#             (default 13) seeds the officers' choices and think times.
#
# Environment: MOTCUA_PORTBASE (the cluster's, default 18000), CODES_RECEIPTS, SOAK_OFFICERS, SOAK_MINUTES, SOAK_SEED.
# The browser checks need Debian's chromium and chromium-driver (as the browser tests); the Java checks build the
# webapp module's tests (nothing installed).
# =====================================================================================================================
set -euo pipefail
REPO=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${MOTCUA_PORTBASE:-18000}
export MOTCUA_PORTBASE=$BASE
LB="http://127.0.0.1:$((BASE + 90))/motcua"
I1="http://127.0.0.1:$((BASE + 180))/motcua"
I2="http://127.0.0.1:$((BASE + 280))/motcua"
CLUSTER=("$REPO/server-config/motcua.sh" cluster)

code() { curl -s -o /dev/null -w '%{http_code}' --max-time 15 "$1" || true; }

database_check() {
  echo "== database: the H2 server stops and starts under the running portal"
  [[ $(code "$LB/api/v1/ready") == 200 ]] || { echo "the cluster is not ready at $LB (motcua.sh cluster start)"; exit 1; }
  local t0 page body
  "${CLUSTER[@]}" db-stop
  t0=$(date +%s.%N)
  sleep 3
  printf '  while down: ready instance 1 = %s, instance 2 = %s, load balancer = %s\n' \
    "$(code "$I1/api/v1/ready")" "$(code "$I2/api/v1/ready")" "$(code "$LB/api/v1/ready")"
  # the public lookup page reads the database: the answer must be the portal's own page with the "try again" text
  page="$I1/public/lookup.xhtml?code=000.00.12.H99-000000-0000&secret=ABCDEF"
  # one request for both the body and the status (a second one would wait for the pool again)
  body=$(curl -s --max-time 60 -w '\n%{http_code}' "$page" || true)
  local status=${body##*$'\n'}
  body=${body%$'\n'*}
  if grep -q "không kết nối được cơ sở dữ liệu" <<<"$body"; then
    echo "  while down: a page reading the database says \"$(grep -o 'Hệ thống tạm thời[^<.]*' <<<"$body" | head -1)\" (HTTP $status)"
  else
    echo "  while down: the lookup page answered HTTP $status WITHOUT the 'database unavailable' message"
  fi
  # a stack trace's lines (not the exception class names PrimeFaces lists in its error-page settings script)
  grep -qE "\.java:[0-9]+\)|Caused by:|^\s*at [a-z]+\.[a-z]" <<<"$body" && echo "  !! a stack trace reached the page" || true
  "${CLUSTER[@]}" db-start
  local up1="" up2="" now
  while [[ -z $up1 || -z $up2 ]]; do
    now=$(date +%s.%N)
    [[ -z $up1 && $(code "$I1/api/v1/ready") == 200 ]] && up1=$(echo "$now - $t0" | bc)
    [[ -z $up2 && $(code "$I2/api/v1/ready") == 200 ]] && up2=$(echo "$now - $t0" | bc)
    if (($(echo "$now - $t0 > 180" | bc))); then echo "  !! not ready 180 s after the database came back"; exit 1; fi
    sleep 0.5
  done
  printf '  after db-start: instance 1 ready %.1f s, instance 2 ready %.1f s after the stop (no restart); load balancer: %s\n' \
    "$up1" "$up2" "$(code "$LB/api/v1/ready")"
  printf '  a page reading the database again: HTTP %s\n\n' "$(code "$I1/public/lookup.xhtml")"
}

java_check() {   # $1 = class name
  echo "== $1"
  local xml="$REPO/webapp/target/failsafe-reports/TEST-vn.motcua.portal.cluster.$1.xml"
  rm -f "$xml" "$REPO/webapp/target/failsafe-reports/vn.motcua.portal.cluster.$1-output.txt"
  (cd "$REPO" && mvn -B -q -Dstyle.color=never verify -pl webapp -am -Pcluster-faults \
    -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$1" \
    -Dcluster.portbase="$BASE" -Dcodes.receipts="${CODES_RECEIPTS:-5}" \
    -Dsoak.officers="${SOAK_OFFICERS:-50}" -Dsoak.minutes="${SOAK_MINUTES:-10}" -Dsoak.seed="${SOAK_SEED:-13}") 2>&1 \
    | grep -vE '^\[(INFO|WARNING)\]|^$' | sed 's/\x1b\[[0-9;]*m//g' || true
  local report="$REPO/webapp/target/failsafe-reports/vn.motcua.portal.cluster.$1-output.txt"
  [[ -f $report ]] && sed -n '/^\(FAILOVER\|CODES\|CACHES\|DATABASE\|SOAK\)/,/^$/p' "$report" || true
  # no report: the build stopped before the check ran (it used to say "passed" then)
  if [[ ! -f $xml ]]; then echo "  $1 DID NOT RUN (see the Maven output above)"
  elif grep -q "<failure\|<error" "$xml"; then echo "  $1 FAILED (webapp/target/failsafe-reports)"
  else echo "  $1 passed"; fi
  echo
}

checks=("$@")
((${#checks[@]})) || checks=(database form failover codes caches)
for c in "${checks[@]}"; do
  case $c in
    database) database_check ;;
    form)     java_check DatabaseFault ;;
    failover) java_check FailoverFault ;;
    codes)    java_check CodesFault ;;
    caches)   java_check CachesFault ;;
    soak)     java_check SoakFault ;;
    *) echo "unknown check $c (database, form, failover, codes, caches, soak)" >&2; exit 2 ;;
  esac
done
