# shellcheck shell=bash
# =====================================================================================================================
# cluster.sh — "motcua.sh cluster ...": two Payara instances behind HAProxy on one machine, one H2 server.
# Sourced by motcua.sh (uses its helpers: log, die, asadmin, build, install_payara, ...). Not run on its own.
#
#   cluster start     build (unless MOTCUA_SKIP_BUILD=1), then, each step skipped when already done:
#                     - an H2 server as its own process (the shared database), on 127.0.0.1:<base+92>, its files and a
#                       generated password (owner-only) in $MOTCUA_HOME/cluster/;
#                     - a Payara domain "motcua-cluster" (DAS, admin port <base+48>) with a deployment group motcua-dg
#                       of two instances motcua-1 / motcua-2 (HTTP <base+180> / <base+280>) sharing the configuration
#                       motcua-node-config (asadmin/cluster-node.asadmin), the data grid (Hazelcast) bound to
#                       127.0.0.1 only, web sessions replicated, one uploads folder for both;
#                     - the EAR deployed to the group;
#                     - HAProxy (Debian's package; apt-get installs it when missing) on 127.0.0.1:<base+90>, checking
#                       each instance's GET /motcua/api/v1/ready every second, sticky by a cookie.
#   cluster stop      stops HAProxy, the instances, the DAS and the H2 server.
#   cluster status    one line per part; exit 0 when the portal answers through the load balancer.
#   cluster kill N    kills instance N (1|2) at once (kill -9), for fault tests.
#   cluster restart N starts instance N again (after kill).
#   cluster db-stop   stops the H2 server (the portal keeps running: fault tests).
#   cluster db-start  starts the H2 server again.
#
# Ports: MOTCUA_PORTBASE (default 18000) — everything in [base, base+999], on 127.0.0.1.
# =====================================================================================================================

CLUSTER_DOMAIN=${MOTCUA_CLUSTER_DOMAIN:-motcua-cluster}
CLUSTER_GROUP=motcua-dg
CLUSTER_CONFIG=motcua-node-config
CLUSTER_INSTANCES=(motcua-1 motcua-2)

cluster_settings() {
  MOTCUA_DOMAIN=$CLUSTER_DOMAIN
  [[ $MOTCUA_DB == h2 ]] || die "cluster runs on the local H2 server only (production: SQL Server, see server-config/README.md)"
  check_settings
  CLUSTER_BASE=${MOTCUA_PORTBASE:-18000}
  CLUSTER_DIR="$MOTCUA_HOME/cluster"
  CLUSTER_NODE="localhost-$CLUSTER_DOMAIN"
  H2_PORT=$((CLUSTER_BASE + 92))
  LB_PORT=$((CLUSTER_BASE + 90))
  DAS_ADMIN_PORT=$((CLUSTER_BASE + 48))
  HZ_DAS_PORT=$((CLUSTER_BASE + 900))
  HZ_START_PORT=$((CLUSTER_BASE + 910))
  H2_JAR="$PAYARA_HOME/h2db/bin/h2.jar"
  H2_PASSWORD_FILE="$CLUSTER_DIR/h2-password"
  LB_URL="http://127.0.0.1:$LB_PORT/$APP_NAME/"
  NODE_DIR="$PAYARA_HOME/glassfish/nodes/$CLUSTER_NODE"
}

instance_http_port() { echo $((CLUSTER_BASE + 100 * $1 + 80)); }   # $1 = 1 | 2
instance_grid_port() { echo $((CLUSTER_BASE + 100 * $1 + 90)); }   # the instance's data grid member port
# The instance's JVM: its pid file (written once it has started), else the process started for its directory.
instance_pid() {
  local dir="$NODE_DIR/${CLUSTER_INSTANCES[$1 - 1]}"
  cat "$dir/config/pid" 2>/dev/null || pgrep -f -- "-instancedir $dir( |$)" | head -1
}
cluster_asadmin() { asadmin --port "$DAS_ADMIN_PORT" "$@"; }

# --- H2 server --------------------------------------------------------------------------------------------------------

h2_running() { port_busy "$H2_PORT"; }

h2_start() {
  mkdir -p "$CLUSTER_DIR/data"
  if [[ ! -f $H2_PASSWORD_FILE ]]; then
    (umask 077 && random_password >"$H2_PASSWORD_FILE")
  fi
  if [[ ! -f $CLUSTER_DIR/data/motcua.mv.db ]]; then
    log "Creating the shared H2 database $CLUSTER_DIR/data/motcua.mv.db ..."
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:$CLUSTER_DIR/data/motcua" -user sa \
      -password "$(<"$H2_PASSWORD_FILE")" -sql "SELECT 1" >/dev/null || die "could not create the H2 database"
  fi
  if h2_running; then
    log "H2 server is running on 127.0.0.1:$H2_PORT"
    return
  fi
  log "Starting the H2 server on 127.0.0.1:$H2_PORT ..."
  # No -tcpAllowOthers: only this machine may connect; h2.bindAddress: it listens on loopback only.
  # No -ifNotExists: a client cannot create other databases.
  nohup java -Xmx512m -Dh2.bindAddress=127.0.0.1 -cp "$H2_JAR" org.h2.tools.Server -tcp -tcpPort "$H2_PORT" \
    -baseDir "$CLUSTER_DIR/data" >"$CLUSTER_DIR/h2.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/h2.pid"
  local i
  for i in $(seq 1 30); do h2_running && return 0; sleep 1; done
  die "the H2 server did not start (see $CLUSTER_DIR/h2.log)"
}

h2_stop() {
  local pid
  pid=$(cat "$CLUSTER_DIR/h2.pid" 2>/dev/null) || true
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    log "Stopping the H2 server (pid $pid) ..."
    kill "$pid"
    local i
    for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  else
    log "H2 server is not running"
  fi
  rm -f "$CLUSTER_DIR/h2.pid"
}

# --- DAS, configuration, deployment group -----------------------------------------------------------------------------

# Commands whose values depend on this machine's folders and ports (asadmin files hold no variables).
cluster_configure() {
  local errors="$CLUSTER_DIR/errors" code n=1 reason
  mkdir -p "$errors" "$CLUSTER_DIR/uploads"
  cp "$SCRIPT_DIR"/errors/*.html "$errors/"
  log "Configuring the DAS, the shared configuration $CLUSTER_CONFIG and the deployment group $CLUSTER_GROUP ..."
  apply_asadmin_file domain.asadmin                 # the DAS itself: loopback, no autodeploy, ...
  cluster_asadmin copy-config default-config "$CLUSTER_CONFIG" 2>&1 | indent
  apply_asadmin_file cluster-node.asadmin
  for code in 400:Bad-Request 403:Forbidden 404:Not-Found 405:Method-Not-Allowed 406:Not-Acceptable \
              500:Internal-Server-Error 503:Service-Unavailable; do
    reason=${code#*:}; code=${code%%:*}
    cluster_asadmin set "configs.config.$CLUSTER_CONFIG.http-service.virtual-server.server.property.send-error_$n=code=$code path=$errors/$code.html reason=$reason" >/dev/null \
      || die "could not set the error page $code"
    n=$((n + 1))
  done
  # Shared by both instances: uploads, the first admin password; each its own temp folder.
  local o
  for o in "-Dmotcua.uploads.dir=$CLUSTER_DIR/uploads" \
           "-Dmotcua.admin.initial-password-file=$PASSWORD_FILE" \
           "-Djava.io.tmpdir=$CLUSTER_DIR/tmp-\${com.sun.aas.instanceName}"; do
    cluster_asadmin create-jvm-options --target "$CLUSTER_CONFIG" "${o//:/\\:}" 2>&1 | indent
  done
  # The data grid: every member on 127.0.0.1, ports inside the cluster's range, the members named (tcpip).
  # Not "domain" discovery: when the DAS's address is loopback, an instance looks for the DAS on this machine's
  # network address instead (Payara's DomainDiscoveryStrategy), where nothing listens, and skips loopback nodes; each
  # member then forms a data grid of its own ("DG Size: 1" in every server.log) and a session written on one instance
  # is nowhere else: after a kill the other instance had no session and showed the login page.
  # Not host-aware partitioning: it keeps a backup off the owner's host, and here every member is on one host, so
  # sessions would have no backup at all. (Production, one instance per server: see server-config/README.md.)
  local members="127.0.0.1:$HZ_DAS_PORT,127.0.0.1:$(instance_grid_port 1),127.0.0.1:$(instance_grid_port 2)"
  cluster_asadmin set-hazelcast-configuration --enabled=true --dynamic=false --clustermode=tcpip \
    --tcpipmembers="$members" --hostawarepartitioning=false \
    --interfaces=127.0.0.1 --dasbindaddress=127.0.0.1 --daspublicaddress=127.0.0.1 --dasport="$HZ_DAS_PORT" \
    --startport="$HZ_START_PORT" --autoIncrementport=true --clustername="motcua-$CLUSTER_BASE" \
    --target=server-config 2>&1 | indent || die "set-hazelcast-configuration (DAS) failed"
  cluster_asadmin set-hazelcast-configuration --enabled=true --dynamic=false --target="$CLUSTER_CONFIG" 2>&1 | indent \
    || die "set-hazelcast-configuration ($CLUSTER_CONFIG) failed"
  # --interfaces only chooses the address members announce; without this Hazelcast still binds to every interface.
  cluster_asadmin create-jvm-options --target server-config -Dhazelcast.socket.bind.any=false 2>&1 | indent
  cluster_asadmin create-jvm-options --target "$CLUSTER_CONFIG" -Dhazelcast.socket.bind.any=false 2>&1 | indent
  # The shared database: the H2 server; password from an alias (never in domain.xml).
  local pwfile
  pwfile=$(umask 077 && mktemp)
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(<"$H2_PASSWORD_FILE")" >"$pwfile"
  "$PAYARA_HOME/bin/asadmin" --port "$DAS_ADMIN_PORT" --passwordfile "$pwfile" create-password-alias motcua-h2-password \
    2>&1 | indent || { rm -f "$pwfile"; die "create-password-alias failed"; }
  rm -f "$pwfile"
  # Validation before every hand-out and fail-all-connections: after a database restart the first failed check drops
  # every pooled connection and new ones are opened, so the pool recovers by itself.
  cluster_asadmin create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource \
    --restype=javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=custom-validation \
    --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection=true \
    --steadypoolsize=4 --maxpoolsize=32 --maxwait=10000 \
    --property "URL=jdbc\\:h2\\:tcp\\://127.0.0.1\\:$H2_PORT/motcua;LOCK_TIMEOUT\\=10000:user=sa:password=\${ALIAS\\=motcua-h2-password}" \
    motcua-pool 2>&1 | indent || die "create-jdbc-connection-pool failed"
  cluster_asadmin ping-connection-pool motcua-pool 2>&1 | indent || die "the pool does not reach the H2 server"
}

cluster_create() {
  log "Creating the deployment group $CLUSTER_GROUP and the instances ${CLUSTER_INSTANCES[*]} ..."
  cluster_asadmin create-deployment-group "$CLUSTER_GROUP" 2>&1 | indent || die "create-deployment-group failed"
  local i name
  for i in 1 2; do
    name=${CLUSTER_INSTANCES[$i - 1]}
    mkdir -p "$CLUSTER_DIR/tmp-$name"
    "$PAYARA_HOME/bin/asadmin" --host 127.0.0.1 --port "$DAS_ADMIN_PORT" create-local-instance --node "$CLUSTER_NODE" \
      --config "$CLUSTER_CONFIG" --portbase $((CLUSTER_BASE + 100 * i)) --checkports=true "$name" 2>&1 | indent \
      || die "create-local-instance $name failed"
    cluster_asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$CLUSTER_GROUP" 2>&1 | indent \
      || die "add-instance-to-deployment-group $name failed"
    # the instance's data grid port (default 5900) inside the cluster's range
    cluster_asadmin create-system-properties --target "$name" "HZ_LISTENER_PORT=$(instance_grid_port "$i")" 2>&1 \
      | indent || die "create-system-properties $name failed"
  done
  cluster_asadmin create-jdbc-resource --connectionpoolid=motcua-pool --target="$CLUSTER_GROUP" jdbc/motcua 2>&1 | indent \
    || die "create-jdbc-resource failed"
}

cluster_deploy() {
  local sum mark="$DOMAIN_DIR/config/motcua-cluster-deployed.sha256"
  sum=$(sha256sum "$EAR" | cut -d' ' -f1)
  if [[ -f $mark && $(<"$mark") == "$sum" ]] \
      && cluster_asadmin list-applications "$CLUSTER_GROUP" 2>/dev/null | grep -q "^$APP_NAME "; then
    log "$APP_NAME is deployed to $CLUSTER_GROUP and $EAR is unchanged: not redeploying"
    return
  fi
  log "Deploying $EAR to $CLUSTER_GROUP (sessions replicated: --availabilityenabled) ..."
  rm -f "$mark"
  # a loaded machine may take longer than the 600 s asadmin waits for an answer by default
  AS_ADMIN_READTIMEOUT=1800000 cluster_asadmin deploy --force=true --target "$CLUSTER_GROUP" --availabilityenabled=true --name "$APP_NAME" "$EAR" \
    2>&1 | indent || die "deployment failed (see the instances' logs: $NODE_DIR/*/logs/server.log)"
  printf '%s\n' "$sum" >"$mark"
}

instance_running() { local pid; pid=$(instance_pid "$1"); [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; }

instance_start() {
  local name=${CLUSTER_INSTANCES[$1 - 1]}
  if instance_running "$1"; then
    log "Instance $name is running"
    return
  fi
  log "Starting instance $name ..."
  mkdir -p "$CLUSTER_DIR/tmp-$name"
  # a loaded machine may need more than the 120 s asadmin waits by default
  cluster_asadmin start-instance --timeout 600 "$name" 2>&1 | indent || die "start-instance $name failed"
}

# --- HAProxy ----------------------------------------------------------------------------------------------------------

haproxy_install() {
  command -v haproxy >/dev/null && return
  log "Installing HAProxy (Debian package) ..."
  local apt=(apt-get); [[ $(id -u) == 0 ]] || apt=(sudo apt-get)
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y haproxy >/dev/null || die "apt-get install haproxy failed"
}

haproxy_config() {
  cat <<EOF
# Written by motcua.sh cluster start: HAProxy in front of the two instances. Only this machine reaches it.
global
    maxconn 2000
    stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 3s
    timeout client 120s
    timeout server 120s
    timeout http-request 15s
    option forwardfor
    # a request the chosen instance could not take (it died) goes to the other one
    option redispatch
    retries 2

frontend portal
    bind 127.0.0.1:$LB_PORT
    default_backend motcua

backend motcua
    balance roundrobin
    # an officer's requests stay on one instance while it lives (the session is replicated to the other)
    cookie MCNODE insert indirect nocache httponly
    option httpchk GET /$APP_NAME/api/v1/ready
    http-check expect status 200
    # A killed instance refuses the check's connection at once: down after 3 checks (3 s). A busy one may take a few
    # seconds to answer: with the default check timeout (= inter, 1 s), in the soak check (fault-tests.sh soak, 30
    # officers, 2 cores at load 40) motcua-2, never killed, was marked down 7 times (once for the database stop) and
    # the whole backend 8 times, 150 s in all, during which HAProxy answered 503 to everyone.
    timeout check 5s
    default-server inter 1s fall 3 rise 2
    server motcua-1 127.0.0.1:$(instance_http_port 1) check cookie n1
    server motcua-2 127.0.0.1:$(instance_http_port 2) check cookie n2
    # When the database is down every readiness check fails and no instance is "ready": HAProxy then answered its own
    # 503 to everyone (an officer's Ajax press showed nothing at all) instead of the portal's Vietnamese "try again"
    # with what was typed kept. The backups, the same instances unchecked, take the requests only while no checked
    # server is up (allbackups: both, round robin); one that is dead refuses at once and the request is redispatched.
    option allbackups
    server motcua-1-any 127.0.0.1:$(instance_http_port 1) backup
    server motcua-2-any 127.0.0.1:$(instance_http_port 2) backup
EOF
}

haproxy_running() { local pid; pid=$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }

haproxy_start() {
  haproxy_install
  haproxy_config >"$CLUSTER_DIR/haproxy.cfg"
  haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg" || die "the HAProxy configuration is invalid"
  if haproxy_running; then
    log "HAProxy is running (reloading its configuration) ..."
    haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" -p "$CLUSTER_DIR/haproxy.pid" -sf "$(cat "$CLUSTER_DIR/haproxy.pid")"
    return
  fi
  log "Starting HAProxy on 127.0.0.1:$LB_PORT ..."
  haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" -p "$CLUSTER_DIR/haproxy.pid" || die "HAProxy did not start"
}

haproxy_stop() {
  if haproxy_running; then
    log "Stopping HAProxy ..."
    kill "$(cat "$CLUSTER_DIR/haproxy.pid")"
  fi
  rm -f "$CLUSTER_DIR/haproxy.pid"
}

# --- Subcommands ------------------------------------------------------------------------------------------------------

wait_for_ready() {   # $1 = URL of /api/v1/ready, $2 = seconds
  local deadline=$((SECONDS + $2))
  until [[ $(http_code "$1") == 200 ]]; do
    ((SECONDS < deadline)) || return 1
    sleep 2
  done
}

# Both instances must be members of one data grid, or a session lives on its instance only (no failover).
cluster_grid_check() {
  local members i
  for i in $(seq 1 30); do
    members=$(cluster_asadmin list-hazelcast-cluster-members 2>/dev/null) || true
    if grep -qE "^\s*${CLUSTER_INSTANCES[0]}\s" <<<"$members" && grep -qE "^\s*${CLUSTER_INSTANCES[1]}\s" <<<"$members"; then
      log "Data grid: the DAS, ${CLUSTER_INSTANCES[0]} and ${CLUSTER_INSTANCES[1]} are members (sessions have a backup)"
      return
    fi
    sleep 2
  done
  printf '%s\n' "$members" | indent
  die "the instances are not members of one data grid: sessions would not survive an instance (see the DG Size lines in $NODE_DIR/*/logs/server.log)"
}

cluster_start() {
  cluster_settings
  local t0
  build
  [[ -f $EAR ]] || die "$EAR not found (build first, or set MOTCUA_EAR)"
  t0=$SECONDS
  install_payara
  mkdir -p "$CLUSTER_DIR"
  h2_start
  if ! domain_exists; then
    create_domain "$CLUSTER_BASE"
  fi
  write_admin_password && FIRST_PASSWORD=1 || FIRST_PASSWORD=0
  read_ports
  domain_running || start_domain
  if [[ ! -f $DOMAIN_DIR/config/motcua-cluster-configured ]]; then
    cluster_configure
    cluster_create
    date -Is >"$DOMAIN_DIR/config/motcua-cluster-configured"
    stop_domain       # the DAS's own JVM options (domain.asadmin) and the data grid settings need a restart
    start_domain
  fi
  # One instance first: the schema migrations run once, on it. On H2, Flyway's lock does not cover DDL (each
  # statement commits), so two instances migrating one new database at once fail each other; the second instance
  # starts once the first is ready and finds the schema up to date. (SQL Server: Flyway takes an application lock.)
  local i
  instance_start 1
  cluster_deploy
  for i in 1 2; do
    ((i == 1)) || instance_start 2
    log "Waiting for ${CLUSTER_INSTANCES[$i - 1]} (http://127.0.0.1:$(instance_http_port "$i")/$APP_NAME/api/v1/ready) ..."
    wait_for_ready "http://127.0.0.1:$(instance_http_port "$i")/$APP_NAME/api/v1/ready" 900 \
      || die "instance ${CLUSTER_INSTANCES[$i - 1]} is not ready (log: $NODE_DIR/${CLUSTER_INSTANCES[$i - 1]}/logs/server.log)"
  done
  cluster_grid_check
  haproxy_start
  wait_for_ready "${LB_URL}api/v1/ready" 30 || die "the load balancer does not answer at $LB_URL"
  ((FIRST_PASSWORD)) && show_admin_password_box
  cat <<EOF

  MotCua cluster is up ($((SECONDS - t0)) s without the build):  $LB_URL   (HAProxy)
    instances:  ${CLUSTER_INSTANCES[0]} http://127.0.0.1:$(instance_http_port 1)/$APP_NAME/   ${CLUSTER_INSTANCES[1]} http://127.0.0.1:$(instance_http_port 2)/$APP_NAME/
    database:   H2 server 127.0.0.1:$H2_PORT ($CLUSTER_DIR/data)   uploads: $CLUSTER_DIR/uploads
    DAS admin:  http://127.0.0.1:$DAS_ADMIN_PORT/   logs: $NODE_DIR/<instance>/logs/server.log
  Log in as admin, first password in $PASSWORD_FILE.  Stop with: $0 cluster stop

EOF
}

cluster_stop() {
  cluster_settings
  haproxy_stop
  if domain_exists && { read_ports; domain_running; }; then
    log "Stopping the deployment group $CLUSTER_GROUP ..."
    cluster_asadmin stop-deployment-group "$CLUSTER_GROUP" 2>&1 | indent || warn "stop-deployment-group failed"
    stop_domain
  fi
  local i pid
  for i in 1 2; do   # an instance left running without its DAS
    pid=$(instance_pid "$i") || true
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      warn "instance ${CLUSTER_INSTANCES[$i - 1]} still runs (pid $pid): stopping it"
      kill "$pid"
    fi
  done
  h2_stop
}

cluster_status() {
  cluster_settings
  local rc=0 i
  if h2_running; then echo "H2 server:  running on 127.0.0.1:$H2_PORT"; else echo "H2 server:  not running"; rc=3; fi
  if domain_exists && { read_ports; domain_running; }; then echo "DAS:        running, admin port $DAS_ADMIN_PORT"
  else echo "DAS:        not running"; fi
  for i in 1 2; do
    if instance_running "$i"; then
      echo "${CLUSTER_INSTANCES[$i - 1]}:   running (pid $(instance_pid "$i")), ready: HTTP $(http_code "http://127.0.0.1:$(instance_http_port "$i")/$APP_NAME/api/v1/ready")"
    else
      echo "${CLUSTER_INSTANCES[$i - 1]}:   not running"
    fi
  done
  if haproxy_running; then
    echo "HAProxy:    $LB_URL -> HTTP $(http_code "${LB_URL}api/v1/ready")"
    [[ $(http_code "${LB_URL}api/v1/ready") == 200 ]] || rc=3
  else
    echo "HAProxy:    not running"; rc=3
  fi
  return $rc
}

cluster_kill() {
  cluster_settings
  [[ ${1:-} == 1 || ${1:-} == 2 ]] || die "cluster kill 1|2"
  local pid
  pid=$(instance_pid "$1") || true
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || die "instance ${CLUSTER_INSTANCES[$1 - 1]} is not running"
  kill -9 "$pid"
  log "Killed ${CLUSTER_INSTANCES[$1 - 1]} (pid $pid)"
}

cluster_restart() {
  cluster_settings
  [[ ${1:-} == 1 || ${1:-} == 2 ]] || die "cluster restart 1|2"
  instance_start "$1"
  wait_for_ready "http://127.0.0.1:$(instance_http_port "$1")/$APP_NAME/api/v1/ready" "$POLL_SECONDS" \
    || die "instance ${CLUSTER_INSTANCES[$1 - 1]} is not ready"
}

cmd_cluster() {
  case ${1:-} in
    start)    cluster_start ;;
    stop)     cluster_stop ;;
    status)   cluster_status ;;
    kill)     cluster_kill "${2:-}" ;;
    restart)  cluster_restart "${2:-}" ;;
    db-stop)  cluster_settings; h2_stop ;;
    db-start) cluster_settings; h2_start ;;
    *) die "usage: $0 cluster start|stop|status|kill N|restart N|db-stop|db-start" ;;
  esac
}
