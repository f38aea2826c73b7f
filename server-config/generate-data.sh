#!/usr/bin/env bash
# =====================================================================================================================
# generate-data.sh — volume data for benchmarks: N dossiers over several years across every agency of the province in
# the database (default 1 000 000 over 5 years), loaded into the portal's H2 database by batched JDBC, and written as a
# tab-separated set with bcp commands for SQL Server. The core is the tool module server-config/data-generator
# (never part of the EAR).
#
# Usage:  server-config/generate-data.sh [--dossiers N] [--years Y] [--seed S] [--no-tsv] [--drop-indexes]
#
# Run it on a portal that has started at least once (schema, demo province) and is STOPPED now:
#   MOTCUA_DOMAIN=motcua server-config/motcua.sh stop
#   server-config/generate-data.sh --dossiers 1000000
#   server-config/motcua.sh start
# The portal's EclipseLink cache would not see rows written behind its back, so a running domain is refused; to load
# a database served by an H2 server (the cluster setup) give its URL in GEN_URL.
#
# Environment (all optional):
#   MOTCUA_HOME, MOTCUA_DOMAIN  as for motcua.sh (default <repo>/.motcua, motcua): whose data/motcua.mv.db is loaded
#   GEN_URL            JDBC URL instead (e.g. jdbc:h2:tcp://localhost:9092/motcua), GEN_USER (sa), GEN_PASSWORD ('')
#   GEN_OUT            output folder   default: $MOTCUA_HOME/generated/<domain>
#   GEN_HEAP           heap of the generator's JVM   default: 1g
#   MOTCUA_SKIP_BUILD  1 = use the tool as last built
#
# Output ($GEN_OUT): summary.txt (rows, time, distributions), bench-credentials.properties (the benchmark officers'
# usernames and random passwords; owner-only), lookup-samples.tsv (code, lookup secret, state of ~2000 dossiers),
# bcp/ (one <table>.tsv per table, load.sh / load.cmd with the bcp commands in load order, after-load.sql).
# =====================================================================================================================
set -euo pipefail
REPO=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MOTCUA_HOME=${MOTCUA_HOME:-$REPO/.motcua}
DOMAIN=${MOTCUA_DOMAIN:-motcua}
TOOL="$REPO/server-config/data-generator"

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

if [[ -z ${GEN_URL:-} ]]; then
  version=$(sed -n 's:.*<payara.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</payara.version>.*:\1:p' "$REPO/pom.xml" | head -1)
  DOMAIN_DIR="$MOTCUA_HOME/payara-$version/payara6/glassfish/domains/$DOMAIN"
  [[ -f $DOMAIN_DIR/data/motcua.mv.db ]] ||
    die "no database at $DOMAIN_DIR/data/motcua.mv.db: start the portal once (server-config/motcua.sh start), then stop it"
  if MOTCUA_HOME=$MOTCUA_HOME MOTCUA_DOMAIN=$DOMAIN "$REPO/server-config/motcua.sh" status >/dev/null 2>&1; then
    die "the domain $DOMAIN is running: stop it first (MOTCUA_DOMAIN=$DOMAIN server-config/motcua.sh stop)"
  fi
  # a larger page cache for the load; the URL otherwise as the portal's pool opens it
  GEN_URL="jdbc:h2:$DOMAIN_DIR/data/motcua;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;CACHE_SIZE=262144"
fi
OUT=${GEN_OUT:-$MOTCUA_HOME/generated/$DOMAIN}

if [[ ${MOTCUA_SKIP_BUILD:-0} != 1 || ! -f $TOOL/target/classpath.txt ]]; then
  echo "==> Building the generator (mvn package, tests skipped) ..."
  (cd "$REPO" && mvn -B -q -Dstyle.color=never -pl server-config/data-generator -am -DskipTests -DskipITs package)
fi
CP="$TOOL/target/classes:$(cat "$TOOL/target/classpath.txt")"

mkdir -p "$OUT"
echo "==> Generating into $GEN_URL (files: $OUT) ..."
exec java "-Xmx${GEN_HEAP:-1g}" -Duser.timezone=Asia/Ho_Chi_Minh -cp "$CP" vn.motcua.tools.generator.GenerateData \
  --url "$GEN_URL" --user "${GEN_USER:-sa}" --password "${GEN_PASSWORD:-}" --out "$OUT" "$@"
