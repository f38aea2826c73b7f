#!/usr/bin/env bash
# =====================================================================================================================
# MotCua benchmark: receive throughput and worklist response time with 100 000 dossiers in the embedded H2 database.
#
# Usage:  server-config/benchmark.sh [extra Maven arguments]
#
# Runs the Arquillian in-container classes named *Benchmark (webapp, Maven profile "benchmark") against a test
# domain of its own (deleted and recreated each run, like the integration-test domain, so it never clashes with
# `mvn verify` or a running portal), then prints the report they wrote. Nothing here runs in `mvn verify` / .ci/run:
# failsafe only includes *IT.java unless -Pbenchmark is given. Unit tests are skipped; nothing is installed.
#
# Environment (all optional):
#   BENCH_DOMAIN    domain name                         default: motcua-bench
#   BENCH_PORTBASE  asadmin --portbase (admin +48, http +80)  default: 35000
#   BENCH_RECEIPTS  receipts per throughput run         default: 2000
#   BENCH_DOSSIERS  dossiers bulk-loaded                default: 100000
#   BENCH_RUNS      timed runs per worklist case        default: 20
# =====================================================================================================================
set -euo pipefail
REPO=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOMAIN=${BENCH_DOMAIN:-motcua-bench}
PORTBASE=${BENCH_PORTBASE:-35000}
REPORT="$REPO/webapp/target/benchmark-report.txt"

cd "$REPO"
rm -f "$REPORT"
status=0
mvn -B -Dstyle.color=never verify -pl webapp -am -Pbenchmark \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.domain="$DOMAIN" -Dit.portbase="$PORTBASE" \
  -Dit.admin.port=$((PORTBASE + 48)) -Dit.http.port=$((PORTBASE + 80)) \
  -Dbench.receipts="${BENCH_RECEIPTS:-2000}" -Dbench.dossiers="${BENCH_DOSSIERS:-100000}" \
  -Dbench.runs="${BENCH_RUNS:-20}" -Dbench.report="$REPORT" \
  "$@" || status=$?

echo
if [[ -f $REPORT ]]; then
  cat "$REPORT"
else
  echo "No report written (see webapp/target/failsafe-reports and the domain's logs/server.log)." >&2
  [[ $status -ne 0 ]] || status=1
fi
exit "$status"
