# shellcheck shell=bash
# =====================================================================================================================
# bench-portal.sh — sourced by the reports benchmarks (benchmark-reports.sh, benchmark-register-export.sh): the running
# portal of a domain, its generated data's credentials, and a JSF login with curl. Not a command of its own.
#
# The caller sets REPO (the repository) and `set -euo pipefail`; after sourcing it has:
#   MOTCUA_HOME DOMAIN GEN_OUT OUT    as documented in each script (same defaults)
#   PAYARA DOMAIN_DIR DOMAIN_XML      the domain's Payara and its directory
#   BASE                              http://localhost:<http-listener-1>/motcua, checked to answer
#   CREDENTIALS prop <key>            bench-credentials.properties of the generated data and a value of it
#   die log view_state nonce          messages, the ViewState and CSP nonce of a saved page
#   log_in <cookie jar> <work dir>    the province's leader (leader.username / leader.password) logged in
# =====================================================================================================================
MOTCUA_HOME=${MOTCUA_HOME:-$REPO/.motcua}
DOMAIN=${MOTCUA_DOMAIN:-motcua}
GEN_OUT=${GEN_OUT:-$MOTCUA_HOME/generated/$DOMAIN}
OUT=${OUT:-$GEN_OUT}

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '==> %s\n' "$*"; }

version=$(sed -n 's:.*<payara.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</payara.version>.*:\1:p' "$REPO/pom.xml" | head -1)
PAYARA="$MOTCUA_HOME/payara-$version/payara6"
DOMAIN_DIR="$PAYARA/glassfish/domains/$DOMAIN"
DOMAIN_XML="$DOMAIN_DIR/config/domain.xml"
[[ -f $DOMAIN_XML ]] || die "no domain $DOMAIN: start the portal first (server-config/motcua.sh start)"
HTTP_PORT=$(sed -n 's:.*<network-listener[^>]*name="http-listener-1"[^>]*port="\([0-9]*\)".*:\1:p; s:.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="http-listener-1".*:\1:p' "$DOMAIN_XML" | head -1)
BASE="http://localhost:$HTTP_PORT/motcua"
curl -fs -o /dev/null "$BASE/login.xhtml" || die "the portal does not answer at $BASE/ (motcua.sh start)"
CREDENTIALS="$GEN_OUT/bench-credentials.properties"
[[ -f $CREDENTIALS ]] || die "no generated data in $GEN_OUT: run server-config/generate-data.sh first"
prop() { sed -n "s/^$1=//p" "$CREDENTIALS"; }
[[ -n $(prop leader.username) ]] || die "$CREDENTIALS has no leader.*: generate the data again with this version"

# the ViewState of a full page or of a partial (ajax) response, and the page's CSP nonce
view_state() { grep -o 'jakarta.faces.ViewState[^>]*value="[^"]*"\|jakarta.faces.ViewState:0"><!\[CDATA\[[^]]*' "$1" | head -1 |
  sed 's/.*value="//; s/"$//; s/.*CDATA\[//'; }
nonce() { grep -o "csp\.init('[^']*')" "$1" | head -1 | sed "s/.*('//; s/')$//"; }

log_in() {
  local jar=$1 work=$2
  curl -fs -c "$jar" -b "$jar" -o "$work/login" "$BASE/login.xhtml"
  curl -s -o /dev/null -c "$jar" -b "$jar" \
    --data-urlencode "login=login" --data-urlencode "login:username=$(prop leader.username)" \
    --data-urlencode "login:password=$(prop leader.password)" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$work/login")" \
    --data-urlencode "primefaces.nonce=$(nonce "$work/login")" "$BASE/login.xhtml"
}
