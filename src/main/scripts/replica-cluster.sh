#!/usr/bin/env bash
# Several instances behind haproxy, reading from a streaming replica, all on this machine; checked and
# measured, then taken down again. Not part of ./mvnw verify.
#
#   src/main/scripts/replica-cluster.sh [--build] [--duration 10] [--keep]
#
# It builds:
#   - a primary: a new PostgreSQL 15 cluster (pg_createcluster) on PRIMARY_PORT (5491), loaded with the
#     synthetic dataset of one province (BENCH_PROVINCE, 440000; years CLUSTER_YEARS, 2016-2025);
#   - a hot standby made from it with pg_basebackup (-R: streaming replication) on REPLICA_PORT (5492);
#   - two instances of the packaged service, run as the Dockerfile runs them (java @docker/jvm.options
#     -jar quarkus-run.jar), each writing to the primary and reading from the replica (DB_REPLICA_URL), on
#     PORT_A (18091) and PORT_B (18092), with a graceful shutdown of QUARKUS_SHUTDOWN_TIMEOUT (10s);
#   - haproxy (Debian's package; installed when missing and running as root) with two frontends: HA_ONE
#     (18093) in front of instance A only, HA_TWO (18094) in front of A and B (round robin, readiness
#     checks every 500 ms, idempotent requests retried on another instance when one fails or answers 503).
# Then it prints:
#   1. the totals request through haproxy with one instance and with two, and straight to A (wrk, 32
#      connections, --duration seconds after a warm-up): req/s, p50, p99, answers other than 200;
#   2. a report written through A: A's next read shows it at once (the writer's reads go to the primary);
#      the time until B (reading the replica) answers the old ETag with 200 and the new figure, and the
#      replica lag A's readiness reported; every answer of B after the replica had replayed the write is
#      checked: a 304 for the old ETag then would be stale (counted, must be 0);
#   3. the replica stopped under load through HA_TWO: answers other than 200 (must be 0), and what A's
#      readiness says afterwards (reads go to the primary);
#   4. instance B stopped (SIGTERM) under load through HA_TWO: answers other than 200 (must be 0).
# Two cores cannot show throughput scaling (both instances, both databases, haproxy and wrk share them):
# step 1 shows what each hop costs, not what more machines would give.
#
# Needs root (pg_createcluster, haproxy), PostgreSQL 15's server packages, pg_basebackup, wrk, curl, jq,
# Java 17. Everything it starts is stopped and both clusters are dropped at the end (also on failure),
# unless --keep. Exit status 0 when every step ran and every check held.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"

BUILD=0
DURATION=10
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) BUILD=1 ;;
    --duration) DURATION=${2:?--duration needs seconds}; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,37p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 3 && "$DURATION" -le 120 ]] || { echo "--duration must be 3..120 seconds" >&2; exit 2; }

PG_VERSION=15
PRIMARY=dsprimary
REPLICA=dsreplica
PRIMARY_PORT=${PRIMARY_PORT:-5491}
REPLICA_PORT=${REPLICA_PORT:-5492}
PORT_A=${PORT_A:-18091}
PORT_B=${PORT_B:-18092}
HA_ONE=${HA_ONE:-18093}
HA_TWO=${HA_TWO:-18094}
SCHEMA=disclosure_cluster
PROVINCE=${BENCH_PROVINCE:-440000}
YEARS=${CLUSTER_YEARS:-2016-2025}
METRIC=req.new.total
WRITE_YEAR=2026
DEV_ISSUER=https://dev.disclosure-stats.local
WORK=$ROOT/target/replica-cluster
TOTALS_PATH="/api/v1/aggregates/totals?metric=$METRIC&by=prefecture&within=$PROVINCE&yearFrom=${YEARS%-*}&yearTo=${YEARS#*-}"
CHECK_PATH="/api/v1/aggregates/totals?metric=$METRIC&by=prefecture&within=$PROVINCE&yearFrom=$WRITE_YEAR&yearTo=$WRITE_YEAR"

log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf 'replica-cluster: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
psql_at() { local port=$1; shift; PGOPTIONS="-c search_path=$SCHEMA" psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }

PID_A=""; PID_B=""; HA_PID_FILE=$WORK/haproxy.pid
stop_pid() { # pid
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
cleanup() {
  [[ $KEEP -eq 1 ]] && { log "--keep: leaving everything running"; return; }
  log "cleaning up"
  stop_pid "$PID_A"; stop_pid "$PID_B"
  [[ -f $HA_PID_FILE ]] && stop_pid "$(cat "$HA_PID_FILE")"
  for cluster in $REPLICA $PRIMARY; do
    if pg_lsclusters -h | awk '{ print $1, $2 }' | grep -qx "$PG_VERSION $cluster"; then
      pg_dropcluster --stop "$PG_VERSION" "$cluster" || true
    fi
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------
# 0. Prerequisites
# ---------------------------------------------------------------------------------------------------
[[ $(id -u) -eq 0 ]] || die "run as root (pg_createcluster, haproxy)"
rm -rf "$WORK"; mkdir -p "$WORK"
for pkg in haproxy wrk; do
  if ! command -v "$pkg" >/dev/null; then
    log "installing $pkg from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$pkg" >"$WORK/apt-$pkg.log" 2>&1 || die "apt-get install $pkg failed"
  fi
done
for tool in pg_createcluster pg_basebackup pg_ctlcluster psql curl jq java awk; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
for port in $PRIMARY_PORT $REPLICA_PORT $PORT_A $PORT_B $HA_ONE $HA_TWO; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "something already listens on 127.0.0.1:$port"
done
pg_lsclusters -h | awk '{ print $2 }' | grep -qx -e $PRIMARY -e $REPLICA && die "cluster $PRIMARY or $REPLICA exists (a run left with --keep?): pg_dropcluster --stop $PG_VERSION <name>"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------------
# 1. Primary, data, replica
# ---------------------------------------------------------------------------------------------------
trust_hba() { # cluster
  cat >"/etc/postgresql/$PG_VERSION/$1/pg_hba.conf" <<'HBA'
local   all             all                     trust
host    all             all     127.0.0.1/32    trust
host    replication     all     127.0.0.1/32    trust
HBA
}
settings() { # cluster setting...: appended to the cluster's postgresql.conf (the last occurrence wins)
  local conf=/etc/postgresql/$PG_VERSION/$1/postgresql.conf; shift
  printf '%s\n' "listen_addresses = '127.0.0.1'" "shared_buffers = 64MB" "$@" >>"$conf"
}
log "creating the primary ($PRIMARY, port $PRIMARY_PORT)"
pg_createcluster "$PG_VERSION" "$PRIMARY" -p "$PRIMARY_PORT" >"$WORK/createcluster.log" 2>&1 || die "pg_createcluster failed"
trust_hba "$PRIMARY"
settings "$PRIMARY" "wal_level = replica" "max_wal_senders = 4"
pg_ctlcluster "$PG_VERSION" "$PRIMARY" start

log "loading the synthetic dataset of $PROVINCE, $YEARS into the primary"
gen_start=$(now_ms)
./mvnw -q -Pgenerate compile exec:java -Dgenerate.args="--url jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/postgres --schema $SCHEMA --provinces $PROVINCE --years $YEARS --truncate" \
  >"$WORK/generate.log" 2>&1 || die "the generator failed (see $WORK/generate.log)"
log "loaded in $(( ($(now_ms) - gen_start) / 1000 )) s: $(psql_at "$PRIMARY_PORT" -c "select count(*) from report") reports"

log "making the replica ($REPLICA, port $REPLICA_PORT) with pg_basebackup"
pg_createcluster "$PG_VERSION" "$REPLICA" -p "$REPLICA_PORT" >>"$WORK/createcluster.log" 2>&1 || die "pg_createcluster (replica) failed"
trust_hba "$REPLICA"
settings "$REPLICA" "hot_standby = on"
REPLICA_DATA=$(pg_lsclusters -h | awk -v c=$REPLICA '$2 == c { print $6 }')
rm -rf "${REPLICA_DATA:?}"/*
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DATA" -R -X stream -c fast \
  >"$WORK/basebackup.log" 2>&1 || die "pg_basebackup failed (see $WORK/basebackup.log)"
pg_ctlcluster "$PG_VERSION" "$REPLICA" start
[[ $(psql_at "$REPLICA_PORT" -c "select pg_is_in_recovery()") == t ]] || die "the replica is not a standby"
log "replica streaming: $(psql_at "$PRIMARY_PORT" -c "select state || ', sync ' || sync_state from pg_stat_replication limit 1")"

# ---------------------------------------------------------------------------------------------------
# 2. The packaged service, twice; haproxy
# ---------------------------------------------------------------------------------------------------
APP=target/quarkus-app
if [[ $BUILD -eq 1 || ! -f $APP/quarkus-run.jar ]]; then
  log "packaging the service"
  ./mvnw -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >"$WORK/package.log" 2>&1 || die "packaging failed (see $WORK/package.log)"
fi
CDS=""; [[ -f $APP/app-cds.jsa ]] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
log "minting a dev token"
TOKEN=$(./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.disclosurestats.DevToken \
  -Dexec.args="--sub cluster --groups admin --hours 1" 2>"$WORK/token.log" | tail -n 1)
[[ "$TOKEN" == *.*.* ]] || die "could not mint a dev token (see $WORK/token.log)"

start_instance() { # port log -> pid on stdout
  # shellcheck disable=SC2086 # CDS is one flag or none
  (cd "$APP" && DB_SCHEMA=$SCHEMA PORT=$1 QUARKUS_HTTP_HOST=127.0.0.1 MALLOC_ARENA_MAX=2 QUARKUS_SHUTDOWN_TIMEOUT=10s \
    DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/postgres" DB_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/postgres" \
    JWT_PUBLIC_KEY_LOCATION=$ROOT/src/main/resources/dev-keys/publicKey.pem JWT_ISSUER=$DEV_ISSUER \
    exec java @"$ROOT/docker/jvm.options" $CDS -jar quarkus-run.jar >"$2" 2>&1) &
  echo $!
}
await_ready() { # port pid log
  local start; start=$(now_ms)
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$1/q/health/ready" || true) == 200 ]]; do
    kill -0 "$2" 2>/dev/null || die "the instance on $1 exited (see $3)"
    (( $(now_ms) - start < 600000 )) || die "the instance on $1 was not ready in 10 minutes (see $3)"
    sleep 0.2
  done
  echo $(( $(now_ms) - start ))
}
replica_state() { # port: the read replica check of readiness, one line
  curl -s --max-time 2 "http://127.0.0.1:$1/q/health/ready" | jq -c '.checks[] | select(.name == "read replica") | .data'
}
log "starting instance A on $PORT_A (its first start rebuilds the stored roll-ups on the primary)"
PID_A=$(start_instance "$PORT_A" "$WORK/a.log")
log "A ready after $(await_ready "$PORT_A" "$PID_A" "$WORK/a.log") ms"
log "starting instance B on $PORT_B"
PID_B=$(start_instance "$PORT_B" "$WORK/b.log")
log "B ready after $(await_ready "$PORT_B" "$PID_B" "$WORK/b.log") ms"
# The roll-up rebuild was written on the primary: wait until both read the replica again.
for port in $PORT_A $PORT_B; do
  for _ in $(seq 1 120); do [[ $(replica_state "$port" | jq -r .reads) == replica ]] && break; sleep 0.5; done
  log "instance $port: $(replica_state "$port")"
done

cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 4096
    pidfile $HA_PID_FILE
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    # An idempotent request that meets a closing instance (refused, reset, or 503 while it drains) goes to the other.
    retry-on conn-failure empty-response response-timeout 503
    default-server inter 500ms fall 2 rise 2
backend one
    option httpchk GET /q/health/ready
    server a 127.0.0.1:$PORT_A check
backend two
    balance roundrobin
    option httpchk GET /q/health/ready
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
frontend one
    bind 127.0.0.1:$HA_ONE
    default_backend one
frontend two
    bind 127.0.0.1:$HA_TWO
    default_backend two
CFG
haproxy -c -f "$WORK/haproxy.cfg" >"$WORK/haproxy-check.log" 2>&1 || die "haproxy rejects its configuration (see $WORK/haproxy-check.log)"
haproxy -D -f "$WORK/haproxy.cfg" || die "haproxy did not start"
for port in $HA_ONE $HA_TWO; do
  for _ in $(seq 1 50); do [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port$TOTALS_PATH" || true) == 200 ]] && break; sleep 0.2; done
done

# ---------------------------------------------------------------------------------------------------
# 3. Totals through haproxy: one instance, two, and straight to A
# ---------------------------------------------------------------------------------------------------
cat >"$WORK/count.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok, other = 0, 0 end
function response(status, headers, body) if status == 200 then ok = ok + 1 else other = other + 1 end end
function done(summary, latency, requests)
  local n200, nother = 0, 0
  for _, t in ipairs(threads) do n200 = n200 + t:get("ok"); nother = nother + t:get("other") end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1f p99=%.1f s200=%d other=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, n200, nother, e.connect + e.read + e.write + e.timeout))
end
LUA
wrk_run() { # name port seconds -> RESULT line in $WORK/name.wrk
  timeout $(($3 + 30)) wrk -t 2 -c 32 -d "${3}s" --timeout 5s -s "$WORK/count.lua" "http://127.0.0.1:$2$TOTALS_PATH" >"$WORK/$1.wrk" 2>&1 \
    || die "wrk $1 failed: $(tail -n 3 "$WORK/$1.wrk")"
  grep '^RESULT' "$WORK/$1.wrk" | sed 's/^RESULT //'
}
field() { grep '^RESULT' "$WORK/$1.wrk" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }
ROWS=$(curl -s --max-time 30 "http://127.0.0.1:$HA_TWO$TOTALS_PATH" | jq '.items | length')
log "warm-up"
wrk_run warm-a "$PORT_A" 5 >/dev/null
wrk_run warm-b "$PORT_B" 5 >/dev/null
declare -A BENCH
for run in "direct A:$PORT_A" "haproxy, one instance:$HA_ONE" "haproxy, two instances:$HA_TWO"; do
  name=${run%%:*}; port=${run##*:}
  log "wrk 32 connections, $DURATION s: $name"
  BENCH[$name]=$(wrk_run "bench-$port" "$port" "$DURATION")
done

# ---------------------------------------------------------------------------------------------------
# 4. A write through A, seen through B; no stale 304
# ---------------------------------------------------------------------------------------------------
etag_of() { curl -s -D - -o /dev/null --max-time 10 "$1" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); sub(/^[^:]*: */, ""); print }'; }
status_with() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "If-None-Match: $2" "$1"; }
# One county report of WRITE_YEAR: a copy of the 2021-format tables of a county's last report (identities hold).
psql_at "$PRIMARY_PORT" >"$WORK/write.ndjson" <<SQL
with picked as (
  select r.id, r.division_code, rv.id as revision_id
  from report r
  join report_revision rv on rv.report_id = r.id and rv.revision_no = r.current_revision_no and rv.status = 'published' and rv.edition = '2021'
  where r.year = ${YEARS#*-} and r.scope = 'self' and r.issuer_kind = 'government'
    and exists (select 1 from division d where d.code = r.division_code and d.level = 'county' and d.valid_to is null)
  order by md5(r.division_code) limit 1
), cells as (
  select case split_part(o.metric_code, '.', 1) when 'pro' then 'proactive' when 'req' then 'requests' else 'appeals' end as section,
         regexp_replace(o.metric_code, '^[a-z]+\.(.*)\.[^.]+$', '\1') as row_label,
         regexp_replace(o.metric_code, '^.*\.', '') as column_label, trim_scale(o.value) as value
  from picked p join observation o on o.revision_id = p.revision_id
  where o.source_kind = 'table_cell' and split_part(o.metric_code, '.', 1) in ('pro', 'req', 'appeal')
), table_rows as (
  select section, row_label, jsonb_object_agg(column_label, value) as columns from cells group by 1, 2
), sections as (
  select section, jsonb_object_agg(row_label, columns) as section_rows from table_rows group by 1
)
select jsonb_build_object('issuerName', '集群测试' || p.division_code || '人民政府', 'issuerKind', 'government',
         'division', p.division_code, 'year', $WRITE_YEAR, 'scope', 'self', 'edition', '2021',
         'title', '集群测试${WRITE_YEAR}年政府信息公开工作年度报告',
         'tables', (select jsonb_object_agg(section, section_rows) from sections))::text
from picked p;
SQL
[[ -s $WORK/write.ndjson ]] || die "no county report to copy for the write"
WRITE_COUNTY=$(jq -r .division "$WORK/write.ndjson")
WRITE_PREFECTURE=${WRITE_COUNTY:0:4}00
ETAG_A=$(etag_of "http://127.0.0.1:$PORT_A$CHECK_PATH")
ETAG_B=$(etag_of "http://127.0.0.1:$PORT_B$CHECK_PATH")
[[ -n "$ETAG_A" && "$ETAG_A" == "$ETAG_B" ]] || die "A and B disagree on the ETag before the write: $ETAG_A / $ETAG_B"
[[ $(status_with "http://127.0.0.1:$PORT_B$CHECK_PATH" "$ETAG_B") == 304 ]] || die "B does not answer its own ETag with 304"

log "writing a $WRITE_YEAR report of $WRITE_COUNTY through A"
code=$(curl -s -o "$WORK/write.answer" -w '%{http_code}' --max-time 60 -X POST "http://127.0.0.1:$PORT_A/api/v1/reports:bulk" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/write.ndjson")
t_commit=$(now_ms)
[[ $code == 200 && $(jq .created "$WORK/write.answer") == 1 ]] || die "the write answered $code: $(head -c 400 "$WORK/write.answer")"
WRITTEN_LSN=$(psql_at "$PRIMARY_PORT" -c "select pg_current_wal_lsn()")
WRITER_STATUS=$(status_with "http://127.0.0.1:$PORT_A$CHECK_PATH" "$ETAG_A")
A_STATE_AFTER_WRITE=$(replica_state "$PORT_A")
stale=0; polls=0; seen_ms=""; replayed_ms=""; first_poll_ms=""
while (( $(now_ms) - t_commit < 30000 )); do
  [[ -z $first_poll_ms ]] && first_poll_ms=$(( $(now_ms) - t_commit ))
  caught=$(psql_at "$REPLICA_PORT" -c "select pg_last_wal_replay_lsn() >= '$WRITTEN_LSN'")
  [[ $caught == t && -z $replayed_ms ]] && replayed_ms=$(( $(now_ms) - t_commit ))
  code=$(status_with "http://127.0.0.1:$PORT_B$CHECK_PATH" "$ETAG_B")
  polls=$((polls + 1))
  [[ $caught == t && $code == 304 ]] && stale=$((stale + 1))
  if [[ $code == 200 && -z $seen_ms ]]; then seen_ms=$(( $(now_ms) - t_commit )); fi
  [[ -n $seen_ms && $caught == t ]] && break
  sleep 0.01
done
[[ -n $seen_ms ]] || die "B never showed the write within 30 s"
# After the change: the old ETag must never match again, through B or through haproxy (either instance).
for _ in $(seq 1 40); do
  for url in "http://127.0.0.1:$PORT_B$CHECK_PATH" "http://127.0.0.1:$HA_TWO$CHECK_PATH"; do
    [[ $(status_with "$url" "$ETAG_B") == 304 ]] && stale=$((stale + 1))
    polls=$((polls + 1))
  done
done
B_FIGURE=$(curl -s --max-time 10 "http://127.0.0.1:$PORT_B$CHECK_PATH" | jq -r --arg p "$WRITE_PREFECTURE" '[.items[] | select(.division.code == $p)][0].total')
PRIMARY_FIGURE=$(curl -s --max-time 10 "http://127.0.0.1:$PORT_A$CHECK_PATH" | jq -r --arg p "$WRITE_PREFECTURE" '[.items[] | select(.division.code == $p)][0].total')

# ---------------------------------------------------------------------------------------------------
# 5. The replica stops under load
# ---------------------------------------------------------------------------------------------------
log "stopping the replica $(( DURATION / 3 )) s into a $DURATION s run through haproxy (two instances)"
( sleep $(( DURATION / 3 )); pg_ctlcluster "$PG_VERSION" "$REPLICA" stop -m fast ) &
STOPPER=$!
REPLICA_STOP=$(wrk_run replica-stop "$HA_TWO" "$DURATION")
wait $STOPPER
A_STATE_NO_REPLICA=$(replica_state "$PORT_A")
log "starting the replica again"
pg_ctlcluster "$PG_VERSION" "$REPLICA" start
back_start=$(now_ms)
until [[ $(replica_state "$PORT_A" | jq -r .reads) == replica ]]; do
  (( $(now_ms) - back_start < 60000 )) || break
  sleep 0.2
done
REPLICA_BACK_MS=$(( $(now_ms) - back_start ))

# ---------------------------------------------------------------------------------------------------
# 6. Instance B stops under load
# ---------------------------------------------------------------------------------------------------
log "stopping instance B (SIGTERM) $(( DURATION / 3 )) s into a $DURATION s run through haproxy (two instances)"
( sleep $(( DURATION / 3 )); kill -TERM "$PID_B" ) &
STOPPER=$!
INSTANCE_STOP=$(wrk_run instance-stop "$HA_TWO" "$DURATION")
wait $STOPPER
wait "$PID_B" 2>/dev/null || true
PID_B=""

# ---------------------------------------------------------------------------------------------------
# 7. Figures
# ---------------------------------------------------------------------------------------------------
ok() { [[ "$1" == "$2" ]] && echo yes || echo "**no**"; }
others() { echo $(( $(field "$1" other) + $(field "$1" socket_errors) )); }
RSS_A=$(calc "$(ps -o rss= -p "$PID_A") / 1024" 0)
cat <<EOF

Replica and instances on one machine, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)
$(nproc) CPUs shared by both PostgreSQL clusters, both instances, haproxy and wrk; uptime: $(uptime)
Dataset: province $PROVINCE, $YEARS ($(psql_at "$PRIMARY_PORT" -c "select count(*) from report") reports, $(psql_at "$PRIMARY_PORT" -c "select count(*) from observation") observations).
Totals request: GET $TOTALS_PATH ($ROWS rows); wrk 2 threads, 32 connections, $DURATION s (latencies in ms).

| measure | result | check |
|---|---|---|
| totals straight to A (reads the replica) | ${BENCH[direct A]} | — |
| totals through haproxy, one instance | ${BENCH[haproxy, one instance]} | — |
| totals through haproxy, two instances | ${BENCH[haproxy, two instances]} | — |
| A reads its own write at once (old ETag → status) | $WRITER_STATUS; A's replica state right after: $A_STATE_AFTER_WRITE | $(ok "$WRITER_STATUS" 200) |
| write through A visible through B (old ETag answered 200) | within $seen_ms ms (replica had replayed it by ${replayed_ms:-?} ms; the first poll began at $first_poll_ms ms: the bound is no finer than the polling) | bound printed |
| figure of $WRITE_PREFECTURE in $WRITE_YEAR: through B / through A | $B_FIGURE / $PRIMARY_FIGURE | $(ok "$B_FIGURE" "$PRIMARY_FIGURE") |
| stale 304 (old ETag matched after the replica had replayed the write) | $stale of $polls requests | $(ok "$stale" 0) |
| replica stopped under load (two instances) | $REPLICA_STOP | $(ok "$(others replica-stop)" 0) |
| A's replica state with the replica down | $A_STATE_NO_REPLICA | $(ok "$(jq -r .reads <<<"$A_STATE_NO_REPLICA")" primary) |
| replica started again: A reads it after | $REPLICA_BACK_MS ms | — |
| instance B stopped (SIGTERM) under load | $INSTANCE_STOP | $(ok "$(others instance-stop)" 0) |
| RSS of instance A after the runs | $RSS_A MB | — |
EOF
FAILED=0
[[ $WRITER_STATUS == 200 && $stale == 0 && $(others replica-stop) == 0 && $(others instance-stop) == 0 && "$B_FIGURE" == "$PRIMARY_FIGURE" ]] || FAILED=1
exit $FAILED
