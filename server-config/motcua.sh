#!/usr/bin/env bash
# =====================================================================================================================
# motcua.sh — build, install, configure and run the MotCua portal on a local Payara Server.
#                (Windows twin: motcua.cmd, same steps, same asadmin command files.)
#
# Usage:  server-config/motcua.sh start | harden | deploy | stop | status | prepare-it | cluster ... | help
#
#   start       Build the project (mvn clean package, tests skipped), install Payara if missing, create and configure the
#               domain on first use, start it, deploy core-ear/ear/target/motcua.ear as "motcua", wait until
#               http://localhost:<port>/motcua/ answers. Safe to run again: finished steps are skipped.
#               Every port of the domain listens on loopback only (127.0.0.1): a developer's machine.
#   harden      The production profile: everything start does, then once per domain (asadmin/harden.asadmin):
#               HTTP/HTTPS open to the network, admin/JMX/IIOP on loopback or off, no JMS broker, no H2 TCP
#               server, admin console not loaded at start; a generated Payara admin password (kept owner-only in
#               <domain>/config/payara-admin.passwordfile, never printed) and secure admin; with MOTCUA_TLS=1 (the
#               default) plain HTTP is redirected to HTTPS and HTTPS answers carry HSTS. Restarts the domain.
#   deploy      Deploy core-ear/ear/target/motcua.ear (or MOTCUA_EAR) onto the running domain, as start does, without
#               building: a new version of a plugin, after `mvn clean package`. A refused deployment prints its
#               reasons once (each plugin, each problem) and leaves the domain able to take the next one.
#   stop        Stop the domain (quiet if it is not running).
#   status      Say whether the domain runs, and its URL. Exit 0 = running, 3 = not running.
#   prepare-it  For the Maven build, before integration tests: install Payara, DELETE and recreate the test domain
#               (default "motcua-it", portbase 28000: admin 28048, http 28080), configure it the same way, leave it
#               STOPPED (the Arquillian managed adapter starts it). Last line of output: PAYARA_HOME=<path>.
#   cluster start|stop|status   Two Payara instances in a deployment group behind HAProxy, one H2 server, the data
#               grid on loopback, sessions replicated, one uploads folder (see server-config/cluster.sh and the README).
#               Also for fault tests: cluster kill N | restart N (instance 1 or 2), cluster db-stop | db-start.
#               Ports: MOTCUA_PORTBASE (default 18000): load balancer N+90, DAS admin N+48, H2 N+92, instances N+180
#               and N+280; everything between N and N+999, on 127.0.0.1 only.
#   help        This text.
#
# Environment (all optional):
#   MOTCUA_HOME        where Payara and the domains live           default: <repo>/.motcua (git-ignored)
#   MOTCUA_DOMAIN      domain name                                  default: motcua (prepare-it: motcua-it)
#   MOTCUA_PORTBASE    create the domain with asadmin --portbase N  (admin N+48, http N+80); default: 4848/8080
#                      (prepare-it: 28000). Only used when a domain is created; later the ports come from domain.xml.
#   MOTCUA_DB          h2 (default: embedded file DB in the domain) | mssql (SQL Server, see pool-mssql.asadmin)
#   MOTCUA_SKIP_BUILD  1 = start does not run Maven, deploys the EAR as it is
#   MOTCUA_EAR         the artifact to deploy                       default: core-ear/ear/target/motcua.ear
#   Only with harden:
#   MOTCUA_TLS         1 (default): Payara terminates TLS, redirect HTTP to HTTPS + HSTS | 0: a TLS proxy in front
#                      does both (the portal then answers plain HTTP to the proxy only)
#   MOTCUA_HTTPS_PORT  the HTTPS port clients use (redirect target)  default: the port of http-listener-2
#   Only with MOTCUA_DB=mssql (read by the server at every start, see server-config/README.md):
#   MOTCUA_DB_HOST (required), MOTCUA_DB_PORT (default 1433), MOTCUA_DB_USER (default motcua_app),
#   MOTCUA_DB_PASSWORD (stored once into the password alias motcua-db-password; asked for when unset).
#
# Files: Payara is unpacked to $MOTCUA_HOME/payara-<version>/payara6 (version = <payara.version> of the root pom).
#        Domains live in the default place, <PAYARA_HOME>/glassfish/domains/<domain>, so the Arquillian adapter only
#        needs PAYARA_HOME and the domain name. Inside a domain: config/admin-initial-password (first password of the
#        portal user "admin"; the portal writes admin-initial-password.changed beside it once that password was
#        changed, and start stops pointing to it), data/motcua.mv.db (H2), data/uploads, logs/server.log.
# =====================================================================================================================
set -euo pipefail

SCRIPT_DIR=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd -P "$SCRIPT_DIR/.." && pwd)
ASADMIN_FILES="$SCRIPT_DIR/asadmin"

MOTCUA_HOME=${MOTCUA_HOME:-$REPO/.motcua}
MOTCUA_DB=${MOTCUA_DB:-h2}
EAR=${MOTCUA_EAR:-$REPO/core-ear/ear/target/motcua.ear}
APP_NAME=motcua                 # deployed application name and context root
POLL_SECONDS=240                # how long start waits for the portal to answer

# ---------------------------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------------------------
log()  { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
indent() { sed -e '/Unable to retrieve infocmp/d' -e 's/^/    /'; }   # asadmin output, minus a harmless JLine line

usage() { sed -n '2,/^# =====/{/^# =====/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

# The value of a <property> of the root pom.xml (single source of the versions).
pom_property() {
  local value
  value=$(sed -n "s:.*<$1>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</$1>.*:\1:p" "$REPO/pom.xml")
  value=${value%%$'\n'*}
  [[ -n $value ]] || die "property <$1> not found in $REPO/pom.xml"
  printf '%s' "$value"
}

# Maven, always from the repository root (.mvn/maven.config points to .mvn/settings.xml with a relative path).
# -N: only the root pom, so goals like dependency:unpack don't need the modules to build.
# (Maven 3.8 still prints stray colour resets with -q -B: stripped.)
mvn_root() { (cd "$REPO" && mvn -N -B -q -Dstyle.color=never "$@") 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; }

# After harden, the domain's admin has a password: every call authenticates with the owner-only password file.
asadmin() {
  if [[ -n ${ADMIN_PASSWORD_FILE:-} && -f $ADMIN_PASSWORD_FILE ]]; then
    "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$ADMIN_PASSWORD_FILE" "$@"
  else
    "$PAYARA_HOME/bin/asadmin" "$@"
  fi
}

# Is something listening on localhost:$1 ?
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_settings() {
  [[ $MOTCUA_DOMAIN =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || die "MOTCUA_DOMAIN '$MOTCUA_DOMAIN' is not a valid domain name"
  [[ -z ${MOTCUA_PORTBASE:-} || $MOTCUA_PORTBASE =~ ^[0-9]+$ ]] || die "MOTCUA_PORTBASE must be a number"
  case $MOTCUA_DB in h2|mssql) ;; *) die "MOTCUA_DB must be h2 or mssql, not '$MOTCUA_DB'";; esac
  mkdir -p "$MOTCUA_HOME"
  MOTCUA_HOME=$(cd -P "$MOTCUA_HOME" && pwd)
  PAYARA_VERSION=$(pom_property payara.version)
  PAYARA_HOME="$MOTCUA_HOME/payara-$PAYARA_VERSION/payara6"
  DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$MOTCUA_DOMAIN"
  # Files the scripts keep inside the domain
  PASSWORD_FILE="$DOMAIN_DIR/config/admin-initial-password"   # name also used in asadmin/domain.asadmin
  CONFIGURED_MARK="$DOMAIN_DIR/config/motcua-configured"      # written once the asadmin files were applied
  DEPLOYED_MARK="$DOMAIN_DIR/config/motcua-deployed.sha256"   # checksum of the EAR deployed last
  HARDENED_MARK="$DOMAIN_DIR/config/motcua-hardened"          # written once harden.asadmin was applied
  ADMIN_PASSWORD_FILE="$DOMAIN_DIR/config/payara-admin.passwordfile"   # harden: the Payara admin's password
  # prepare-it only deletes domains it created: it records them here, before create-domain.
  IT_MARK="$MOTCUA_HOME/it-domain.$MOTCUA_DOMAIN"
}

# ---------------------------------------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------------------------------------

build() {
  if [[ ${MOTCUA_SKIP_BUILD:-0} == 1 ]]; then
    log "Build skipped (MOTCUA_SKIP_BUILD=1)"
    return
  fi
  # clean: what was deleted from the sources (a page, a messages bundle) must not ship from an old target/ folder.
  log "Building (mvn clean package, tests skipped) ..."
  (cd "$REPO" && mvn -B -q -Dstyle.color=never -DskipTests -DskipITs clean package)
}

# Unpack the Payara zip from the local Maven repository (Maven downloads it if needed). No 'unzip' binary needed.
install_payara() {
  if [[ -x $PAYARA_HOME/bin/asadmin ]]; then
    return
  fi
  local target="$MOTCUA_HOME/payara-$PAYARA_VERSION" tmp
  log "Installing Payara $PAYARA_VERSION into $target ..."
  # Unpack into a private directory and rename it at the end: an interrupted unpack never looks installed, and
  # two builds installing at the same time don't mix their files.
  tmp=$(mktemp -d "$target.unpacking.XXXXXX")
  # overWriteReleases: unpack even if the plugin's marker file says it did already (its marker directory is always
  # <repo>/target/dependency-maven-plugin-markers, it can't be moved from the command line: removed afterwards).
  mvn_root dependency:unpack -Dmdep.overWriteReleases=true \
    -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$tmp" \
    || { rm -rf "$tmp"; die "Maven could not unpack fish.payara.distributions:payara:$PAYARA_VERSION:zip"; }
  rm -f "$REPO"/target/dependency-maven-plugin-markers/fish.payara.distributions-payara-zip-*.marker
  rmdir "$REPO/target/dependency-maven-plugin-markers" "$REPO/target" 2>/dev/null || true
  [[ -f $tmp/payara6/bin/asadmin ]] || die "unpacking Payara into $tmp failed"
  chmod +x "$tmp"/payara6/bin/* "$tmp"/payara6/glassfish/bin/*   # in case the archiver drops the mode bits
  if ! mv -T "$tmp" "$target" 2>/dev/null; then
    [[ -x $PAYARA_HOME/bin/asadmin ]] || die "could not move $tmp to $target"
    rm -rf "$tmp"       # someone else finished first
  fi
}

domain_exists() { [[ -f $DOMAIN_DIR/config/domain.xml ]]; }

# Running = a DAS answers on this domain's admin port and reports this domain's directory (the check asadmin itself
# makes). Not `asadmin list-domains`: that fails as a whole while ANOTHER domain of the same Payara is half created
# (seen when two builds share MOTCUA_HOME).
domain_running() {
  local root
  root=$(asadmin --port "$(listener_port admin-listener)" --terse=true __locations 2>/dev/null) || return 1
  [[ $(realpath -m "${root%%$'\n'*}") == "$(realpath -m "$DOMAIN_DIR")" ]]
}

# Before start-domain: a port held by some other process makes Payara fail late and obscurely.
check_ports_free() {
  local p
  for p in "$ADMIN_PORT" "$HTTP_PORT"; do
    port_busy "$p" && die "port $p (domain $MOTCUA_DOMAIN) is used by another process (another domain or Payara version?)"
  done
  return 0
}

# Port of a network listener, read from the domain's domain.xml (server-config comes first in the file).
listener_port() {
  local line
  line=$(grep -m1 -E "<network-listener [^>]*name=\"$1\"" "$DOMAIN_DIR/config/domain.xml") || true
  [[ $line =~ port=\"([0-9]+)\" ]] || die "no port for listener $1 in $DOMAIN_DIR/config/domain.xml"
  printf '%s' "${BASH_REMATCH[1]}"
}

read_ports() {
  ADMIN_PORT=$(listener_port admin-listener)
  HTTP_PORT=$(listener_port http-listener-1)
  PORTAL_URL="http://localhost:$HTTP_PORT/$APP_NAME/"
}

# $1 = portbase or empty (empty: Payara's defaults 4848 / 8080)
create_domain() {
  local args=(create-domain --nopassword=true)
  if [[ -n $1 ]]; then
    args+=(--portbase "$1")
    port_busy $(($1 + 48)) && die "port $(($1 + 48)) (portbase $1 + 48) is in use: choose another MOTCUA_PORTBASE"
    port_busy $(($1 + 80)) && die "port $(($1 + 80)) (portbase $1 + 80) is in use: choose another MOTCUA_PORTBASE"
  fi
  log "Creating domain $MOTCUA_DOMAIN${1:+ (portbase $1)} ..."
  asadmin "${args[@]}" "$MOTCUA_DOMAIN" 2>&1 | indent || die "create-domain failed"
  mkdir -p "$DOMAIN_DIR/data/uploads" "$DOMAIN_DIR/tmp"
}

# 24 random letters/digits.
random_password() {
  local pw=""
  while ((${#pw} < 24)); do
    pw+=$(head -c 64 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
  done
  printf '%s' "${pw:0:24}"
}

# First password of the portal's "admin" user. Random, 24 letters/digits, readable by the owner only.
# Returns 0 if it created the file (the caller may show it once), 1 if it already existed.
write_admin_password() {
  [[ -f $PASSWORD_FILE ]] && return 1
  (umask 077 && random_password >"$PASSWORD_FILE")
  chmod 600 "$PASSWORD_FILE"
  return 0
}

show_admin_password_box() {
  local lines=("MotCua portal: first login" "" "  user:      admin" "  password:  $(<"$PASSWORD_FILE")" ""
               "Shown only this once. Kept (readable by you only) in:" "  $PASSWORD_FILE"
               "The first login asks you to change it.")
  local width=0 l border
  for l in "${lines[@]}"; do width=$((${#l} > width ? ${#l} : width)); done
  border=$(printf '%*s' $((width + 6)) '' | tr ' ' '*')
  printf '\n%s\n' "$border"
  for l in "${lines[@]}"; do printf '*  %-*s  *\n' "$width" "$l"; done
  printf '%s\n\n' "$border"
}

# JDBC driver jars go into <domain>/lib (loaded at server start, so before start-domain).
# H2: not needed — Payara ships H2 (h2db/bin/h2.jar, on the server class path; ping-connection-pool verified it).
# SQL Server: com.microsoft.sqlserver:mssql-jdbc, version from the root pom property mssql-jdbc.version.
install_driver() {
  [[ $MOTCUA_DB == mssql ]] || return 0
  local version
  version=$(pom_property mssql-jdbc.version)
  if [[ ! -f $DOMAIN_DIR/lib/mssql-jdbc-$version.jar ]]; then
    log "Copying mssql-jdbc $version into $DOMAIN_DIR/lib ..."
    rm -f "$DOMAIN_DIR"/lib/mssql-jdbc-*.jar
    mvn_root dependency:copy -Dartifact="com.microsoft.sqlserver:mssql-jdbc:$version" \
      -DoutputDirectory="$DOMAIN_DIR/lib"
  fi
}

# The SQL Server pool reads host/port/user from the server's environment (${ENV=...}), so every server start
# needs them. Defaults for port and user; the host has none.
export_mssql_env() {
  [[ $MOTCUA_DB == mssql ]] || return 0
  [[ -n ${MOTCUA_DB_HOST:-} ]] || die "MOTCUA_DB=mssql needs MOTCUA_DB_HOST (the SQL Server host name)"
  export MOTCUA_DB_HOST MOTCUA_DB_PORT=${MOTCUA_DB_PORT:-1433} MOTCUA_DB_USER=${MOTCUA_DB_USER:-motcua_app}
}

# Password alias motcua-db-password, used by pool-mssql.asadmin as ${ALIAS=motcua-db-password}.
create_db_password_alias() {
  if [[ -n ${MOTCUA_DB_PASSWORD:-} ]]; then
    local pwfile
    pwfile=$(umask 077 && mktemp)
    # asadmin reads this file as Java properties: a backslash must be doubled.
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${MOTCUA_DB_PASSWORD//\\/\\\\}" >"$pwfile"
    "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --passwordfile "$pwfile" create-password-alias motcua-db-password 2>&1 | indent \
      || { rm -f "$pwfile"; die "create-password-alias failed"; }
    rm -f "$pwfile"
  elif [[ -t 0 ]]; then
    log "Enter the SQL Server password of $MOTCUA_DB_USER (stored as password alias motcua-db-password):"
    asadmin --port "$ADMIN_PORT" create-password-alias motcua-db-password || die "create-password-alias failed"
  else
    die "MOTCUA_DB=mssql: set MOTCUA_DB_PASSWORD (no terminal to ask for it)"
  fi
}

start_domain() {
  check_ports_free
  log "Starting domain $MOTCUA_DOMAIN ..."
  asadmin start-domain "$MOTCUA_DOMAIN" 2>&1 | indent || { tail_log; die "start-domain failed"; }
}

stop_domain() {
  log "Stopping domain $MOTCUA_DOMAIN ..."
  asadmin stop-domain "$MOTCUA_DOMAIN" 2>&1 | indent
}

# asadmin multimode does not stop at a failing line and may still exit 0: check every "Command ... failed".
# $1 = a file of server-config/asadmin, or a path.
apply_asadmin_file() {
  local file="$ASADMIN_FILES/$1" out
  [[ $1 == /* ]] && file=$1
  log "Applying $(basename "$1") ..."
  out=$(asadmin --port "$ADMIN_PORT" multimode --file "$file" </dev/null 2>&1) || true
  indent <<<"$out"
  if grep -q 'Command .* failed' <<<"$out"; then
    die "a command of $file failed (see above). The domain is half configured: stop it
       ($PAYARA_HOME/bin/asadmin stop-domain $MOTCUA_DOMAIN), delete $DOMAIN_DIR and retry."
  fi
}

config_fingerprint() { cat "$ASADMIN_FILES/domain.asadmin" "$ASADMIN_FILES/pool-$MOTCUA_DB.asadmin" | sha256sum | cut -c1-16; }

# The static pages the container answers with for its own errors (domain.asadmin's send-error_N properties).
install_error_pages() {
  mkdir -p "$DOMAIN_DIR/config/errors"
  cp "$SCRIPT_DIR"/errors/*.html "$DOMAIN_DIR/config/errors/"
}

# Before the first start of a new domain: what the asadmin files set that Payara reads at boot (JVM options: heap,
# time zone, paths; the addresses of the listeners; where /metrics, /health and /openapi answer) goes straight into its
# domain.xml (DomainXml.java, an XML tool run by the JDK's source launcher), so the domain starts once, configured,
# instead of starting, being configured and restarting (a start and a stop: about a fifth of a cold start). The other
# lines are written to config/motcua-configure.asadmin, applied by configure_domain to the running domain.
write_jvm_options() {
  log "Writing the boot settings of domain.asadmin and pool-$MOTCUA_DB.asadmin into domain.xml ..."
  java "$SCRIPT_DIR/DomainXml.java" "$DOMAIN_DIR/config/domain.xml" "$DOMAIN_DIR/config/motcua-configure.asadmin" \
    "$ASADMIN_FILES/domain.asadmin" "$ASADMIN_FILES/pool-$MOTCUA_DB.asadmin" | indent \
    || die "could not write the boot settings into $DOMAIN_DIR/config/domain.xml"
}

# After configure_domain jvm-written: a line left to asadmin that Payara applies only at the next start (it says so)
# makes the domain restart now, so the portal never runs half configured.
restart_if_required() {
  if asadmin --port "$ADMIN_PORT" --terse=true _get-restart-required 2>/dev/null | grep -qx true; then
    log "A setting applied to the running domain needs a restart: restarting"
    timed stop_domain
    timed start_domain
  fi
}

# Applies the asadmin command files to the running domain and records it in the marker file. $1 = jvm-written: the
# JVM options are in domain.xml already (write_jvm_options before the start), apply the other lines only.
configure_domain() {
  [[ $MOTCUA_DB == mssql ]] && create_db_password_alias
  install_error_pages
  if [[ ${1:-} == jvm-written ]]; then
    apply_asadmin_file "$DOMAIN_DIR/config/motcua-configure.asadmin"
  else
    apply_asadmin_file domain.asadmin
    apply_asadmin_file "pool-$MOTCUA_DB.asadmin"
  fi
  log "Checking the connection pool ..."
  if ! asadmin --port "$ADMIN_PORT" ping-connection-pool motcua-pool 2>&1 | indent; then
    [[ $MOTCUA_DB == h2 ]] && die "ping-connection-pool motcua-pool failed"
    warn "SQL Server not reachable yet: check MOTCUA_DB_HOST/PORT/USER, the alias, and that sql/mssql/bootstrap.sql ran"
  fi
  printf 'db=%s\nfiles=%s\nconfigured=%s\n' "$MOTCUA_DB" "$(config_fingerprint)" "$(date -Is)" >"$CONFIGURED_MARK"
}

# A domain is configured for one database; complain if asked for the other one or if the files changed since.
check_configured_mark() {
  local db files
  db=$(sed -n 's/^db=//p' "$CONFIGURED_MARK")
  files=$(sed -n 's/^files=//p' "$CONFIGURED_MARK")
  [[ $db == "$MOTCUA_DB" ]] || die "domain $MOTCUA_DOMAIN was configured for MOTCUA_DB=$db, not $MOTCUA_DB.
       Use MOTCUA_DB=$db, or another MOTCUA_DOMAIN, or stop and delete $DOMAIN_DIR (its H2 data goes with it)."
  [[ $files == "$(config_fingerprint)" ]] || warn "server-config/asadmin/*.asadmin changed since domain $MOTCUA_DOMAIN
         was configured. Apply the changed lines with: $PAYARA_HOME/bin/asadmin --port $ADMIN_PORT <command>
         (or stop and delete $DOMAIN_DIR to start from scratch — its H2 data goes with it)."
}

deploy() {
  [[ -f $EAR ]] || die "$EAR not found (build first, or set MOTCUA_EAR)"
  local sum apps
  sum=$(sha256sum "$EAR" | cut -d' ' -f1)
  apps=$(asadmin --port "$ADMIN_PORT" list-applications 2>/dev/null) || true
  if [[ -f $DEPLOYED_MARK && $(<"$DEPLOYED_MARK") == "$sum" ]] && grep -q "^$APP_NAME " <<<"$apps"; then
    log "$APP_NAME is deployed and $EAR is unchanged: not redeploying"
    return
  fi
  log "Deploying $EAR as $APP_NAME ..."
  rm -f "$DEPLOYED_MARK"
  local answer
  if ! answer=$(asadmin --port "$ADMIN_PORT" deploy --force=true --name "$APP_NAME" "$EAR" 2>&1); then
    once <<<"$answer" | indent
    if grep -q "MotCua refuses to start" <<<"$answer"; then
      # The refusal above is the whole story (each plugin, each problem); the log's copy adds only a stack trace.
      printf '    (also in %s)\n' "$DOMAIN_DIR/logs/server.log" >&2
    else
      tail_log
    fi
    die "deployment failed"
  fi
  once <<<"$answer" | indent
  printf '%s\n' "$sum" >"$DEPLOYED_MARK"
}

# Payara answers a refused CDI deployment with its reason twice, "CDI deployment failure:<reason> -- <reason>" (its
# WeldDeployer appends the message of Weld's exception to a copy of itself): print the reason once.
once() { perl -0777 -pe 's/(CDI (?:deployment|definition) failure:)(.+?) -- \2(?=\.? ?Please see server\.log|\s*$)/$1$2/s'; }

tail_log() {
  local logfile="$DOMAIN_DIR/logs/server.log"
  [[ -f $logfile ]] || return 0
  printf '\n---- last lines of %s ----\n' "$logfile" >&2
  tail -n 60 "$logfile" >&2
  printf -- '---- end of server log ----\n\n' >&2
}

# Runs a step and prints how long it took, with the load average (on a shared machine a time alone says little).
timed() {
  local t=$SECONDS load=""
  "$@"
  [[ -r /proc/loadavg ]] && load=", load average $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '    (%s: %d s%s)\n' "$1" $((SECONDS - t)) "$load"
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true; }

# start-domain returns before the application answers: poll the portal (no redirects followed).
wait_for_portal() {
  local deadline=$((SECONDS + POLL_SECONDS)) code
  log "Waiting for $PORTAL_URL (up to $POLL_SECONDS s) ..."
  while :; do
    code=$(http_code "$PORTAL_URL")
    case $code in 200|301|302|303) return 0 ;; esac   # 301: a hardened domain sends HTTP to HTTPS
    if ((SECONDS >= deadline)); then
      tail_log
      die "$PORTAL_URL did not answer within $POLL_SECONDS s (last HTTP status: $code)"
    fi
    sleep 2
  done
}

# A domain of the same name under another Payara version (after a version bump in pom.xml) may still be running
# and holding the ports; its H2 data is not carried over automatically.
warn_about_other_versions() {
  local d
  for d in "$MOTCUA_HOME"/payara-*/payara6/glassfish/domains/"$MOTCUA_DOMAIN"; do
    [[ -d $d && $d != "$DOMAIN_DIR" ]] || continue
    warn "an older domain exists at $d (another Payara version). Stop it with its own asadmin if it runs;
         its data (data/, H2 file) is not copied to the new domain."
  done
}

# ---------------------------------------------------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------------------------------------------------

cmd_start() {
  MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua}
  check_settings
  bring_up
  print_summary
}

# start, without the summary: build, install, create + configure the domain, start it, deploy, wait.
# Sets T0 (for the timing) and FIRST_PASSWORD (1 if the portal's first admin password was just made).
bring_up() {
  local t0=$SECONDS first_password=0
  build
  [[ -f $EAR ]] || die "$EAR not found (build first, or set MOTCUA_EAR)"
  t0=$SECONDS                                   # the timing printed at the end excludes the build
  timed install_payara
  export_mssql_env

  if ! domain_exists; then
    warn_about_other_versions
    timed create_domain "${MOTCUA_PORTBASE:-}"
  fi
  write_admin_password && first_password=1
  read_ports
  [[ -f $CONFIGURED_MARK ]] && check_configured_mark
  install_driver

  if [[ ! -f $CONFIGURED_MARK ]] && ! domain_running; then
    # First start: the JVM options into domain.xml, one start, the rest applied to the running domain.
    timed write_jvm_options
    timed start_domain
    timed configure_domain jvm-written
    restart_if_required
  elif [[ ! -f $CONFIGURED_MARK ]]; then
    # Half configured and left running (an interrupted first start): configure it, restart for the JVM options.
    configure_domain
    timed stop_domain
    timed start_domain
  else
    if domain_running; then
      log "Domain $MOTCUA_DOMAIN is already running"
    else
      timed start_domain
    fi
  fi

  timed deploy
  timed wait_for_portal
  T0=$t0
  FIRST_PASSWORD=$first_password
}

print_summary() {
  ((FIRST_PASSWORD)) && show_admin_password_box
  local env_prefix="" admin_line           # repeat non-default settings in the hint below
  [[ $MOTCUA_HOME != "$REPO/.motcua" ]] && env_prefix+="MOTCUA_HOME=$MOTCUA_HOME "
  [[ $MOTCUA_DOMAIN != motcua ]] && env_prefix+="MOTCUA_DOMAIN=$MOTCUA_DOMAIN "
  if [[ -f $HARDENED_MARK ]]; then
    admin_line="https://localhost:$ADMIN_PORT/  (this machine only; user admin, password in
                     $ADMIN_PASSWORD_FILE)"
  else
    admin_line="http://localhost:$ADMIN_PORT/  (this machine only, no password)"
  fi
  # The initial password only while it is valid: the portal writes <file>.changed once the admin's password changed.
  local password_lines=""
  [[ -f $PASSWORD_FILE && ! -f $PASSWORD_FILE.changed ]] && password_lines="
  Initial password:  in $PASSWORD_FILE
                     (the first login asks you to change it)"
  cat <<EOF

  MotCua portal is up ($((SECONDS - T0)) s without the build):  $PORTAL_URL
  Log in as:         admin$password_lines
  Payara admin:      $admin_line
  Server log:        $DOMAIN_DIR/logs/server.log
  Stop with:         $env_prefix$0 stop

EOF
}

# The Payara admin gets a generated password (the domain was created without one), kept owner-only as an asadmin
# password file and never printed; then secure admin (the admin listener speaks TLS only).
secure_admin() {
  local pw tmp
  pw=$(random_password)
  tmp=$(umask 077 && mktemp)
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$pw" >"$tmp"
  log "Setting a generated password for the Payara admin ..."
  "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --user admin --passwordfile "$tmp" change-admin-password 2>&1 \
    | indent || { rm -f "$tmp"; die "change-admin-password failed"; }
  rm -f "$tmp"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$pw" >"$ADMIN_PASSWORD_FILE")
  chmod 600 "$ADMIN_PASSWORD_FILE"
  log "Enabling secure admin ..."
  asadmin --port "$ADMIN_PORT" enable-secure-admin 2>&1 | indent || die "enable-secure-admin failed"
}

cmd_harden() {
  MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua}
  local tls=${MOTCUA_TLS:-1} https_port
  [[ $tls == 0 || $tls == 1 ]] || die "MOTCUA_TLS must be 1 (Payara terminates TLS) or 0 (a TLS proxy in front)"
  [[ -z ${MOTCUA_HTTPS_PORT:-} || $MOTCUA_HTTPS_PORT =~ ^[0-9]+$ ]] || die "MOTCUA_HTTPS_PORT must be a number"
  check_settings
  bring_up
  if [[ -f $HARDENED_MARK ]]; then
    log "Domain $MOTCUA_DOMAIN has the production profile already ($HARDENED_MARK)"
  else
    apply_asadmin_file harden.asadmin
    [[ $MOTCUA_DB == h2 ]] && apply_asadmin_file harden-h2.asadmin
    if [[ $tls == 1 ]]; then
      https_port=${MOTCUA_HTTPS_PORT:-$(listener_port http-listener-2)}
      log "HTTP is redirected to HTTPS (port $https_port), HTTPS answers carry HSTS ..."
      asadmin --port "$ADMIN_PORT" create-jvm-options "-Dmotcua.security.https-only=true" 2>&1 | indent
      asadmin --port "$ADMIN_PORT" create-jvm-options "-Dmotcua.security.https-port=$https_port" 2>&1 | indent
    fi
    secure_admin
    printf 'tls=%s\nhardened=%s\n' "$tls" "$(date -Is)" >"$HARDENED_MARK"
    stop_domain
    start_domain
    wait_for_portal
  fi
  print_summary
}

# deploy: the EAR (MOTCUA_EAR) onto the running domain, as start does, without building or starting anything.
cmd_deploy() {
  MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua}
  check_settings
  [[ -f $EAR ]] || die "$EAR not found (build first, or set MOTCUA_EAR)"
  domain_exists || die "domain $MOTCUA_DOMAIN does not exist: run $0 start"
  domain_running || die "domain $MOTCUA_DOMAIN is not running: run $0 start"
  read_ports
  deploy
  wait_for_portal
  log "$PORTAL_URL answers"
}

cmd_stop() {
  MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua}
  check_settings
  if ! domain_exists || ! domain_running; then
    log "Domain $MOTCUA_DOMAIN is not running"
    return 0
  fi
  stop_domain
}

cmd_status() {
  MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua}
  check_settings
  if ! domain_exists; then
    echo "Domain $MOTCUA_DOMAIN does not exist yet ($0 start creates it)."
    return 3
  fi
  read_ports
  if domain_running; then
    echo "Domain $MOTCUA_DOMAIN is running: $PORTAL_URL (HTTP $(http_code "$PORTAL_URL")), admin port $ADMIN_PORT"
    return 0
  fi
  echo "Domain $MOTCUA_DOMAIN is not running (the portal would be at $PORTAL_URL)."
  return 3
}

cmd_prepare_it() {
  MOTCUA_DOMAIN=${MOTCUA_DOMAIN:-motcua-it}
  local portbase=${MOTCUA_PORTBASE:-28000}
  check_settings
  install_payara
  export_mssql_env

  if [[ -d $DOMAIN_DIR ]]; then
    # Never delete a domain this command did not create (e.g. the portal's own "motcua" domain).
    [[ -f $IT_MARK ]] || die "domain $MOTCUA_DOMAIN exists and was not created by prepare-it: refusing to delete it"
    if domain_exists && domain_running; then
      stop_domain || warn "stop-domain failed, trying to delete anyway"
    fi
    log "Deleting domain $MOTCUA_DOMAIN ..."
    if domain_exists; then
      asadmin delete-domain "$MOTCUA_DOMAIN" 2>&1 | indent || die "delete-domain failed (is it still running?)"
    fi
    rm -rf "$DOMAIN_DIR"      # also what a half-created domain leaves behind
  fi

  touch "$IT_MARK"
  create_domain "$portbase"
  read_ports
  [[ $ADMIN_PORT == $((portbase + 48)) && $HTTP_PORT == $((portbase + 80)) ]] \
    || die "domain got ports $ADMIN_PORT/$HTTP_PORT instead of $((portbase + 48))/$((portbase + 80))"
  write_admin_password || true                 # not shown: build logs are no place for passwords
  log "Initial admin password of the test domain: $PASSWORD_FILE"
  install_driver

  write_jvm_options                            # the domain starts once, with its JVM options (see bring_up)
  start_domain
  configure_domain jvm-written
  stop_domain                                  # the Arquillian managed adapter starts it

  echo "PAYARA_HOME=$PAYARA_HOME"
}

# shellcheck source=cluster.sh
source "$SCRIPT_DIR/cluster.sh"

case ${1:-help} in
  start)      cmd_start ;;
  cluster)    shift; cmd_cluster "$@" ;;
  harden)     cmd_harden ;;
  deploy)     cmd_deploy ;;
  stop)       cmd_stop ;;
  status)     cmd_status ;;
  prepare-it) cmd_prepare_it ;;
  help|-h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
