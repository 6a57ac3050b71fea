#!/usr/bin/env bash
# The benchmark harness: one bounded run against the synthetic national dataset, side by side,
# printing one Markdown table and writing it, with the machine's details, to src/bench/results.md.
#
#   src/main/scripts/benchmark.sh [--regenerate] [--build] [--duration 20] [--out src/bench/results.md]
#
# What it measures, all on 127.0.0.1 only:
#   - the totals endpoint (one metric, one province, 2008-2025, by=prefecture) with wrk at 8 and 32
#     connections (2 threads): requests/s, p50, p99, errors (socket errors and any status but 200);
#   - the same request with a matching If-None-Match at 32 connections (every answer must be a 304);
#   - pgbench (-M prepared, same connections and duration) running the naive SQL (a GROUP BY over
#     observation joined to its revision and report) and the SQL the service issues for the totals
#     (RollupRepository.atLevel, over rollup_total) and, at 32 connections, the GROUP BY a user would
#     write over one flat table of the current figures (bench_flat_figure, built once per dataset); the ratios at 32 connections;
#   - the national roll-up (by=province, no within, 2008-2025): p50/p99 of sequential requests;
#   - bulk ingestion through POST /api/v1/reports:bulk (county reports of a year the dataset lacks,
#     copied from the dataset's 2021-format tables) vs COPY of the same observation rows into a scratch
#     table with observation's columns, constraints and indexes;
#   - start-up time to ready (from starting java until /q/health/ready answers 200) and the service's RSS after the run.
#
# Options:
#   --regenerate     drop the bench schema and regenerate it at --scale 1 first (about 3-5 minutes, not
#                    counted in the run's bound): needed when a migration changed since it was generated
#   --build          package the service first even if target/quarkus-app/quarkus-run.jar exists
#   --duration S     seconds of each wrk and pgbench run (default 20)
#   --out FILE       where the results go (default src/bench/results.md)
#   --only bulk      run only the bulk step (with start-up and RSS): steps 3-7 are skipped, the table has
#                    the bulk rows only
# Environment: BENCH_SCHEMA (disclosure_bench), BENCH_PORT (18080), BENCH_METRIC (req.new.total),
#   BENCH_PROVINCE (440000), BENCH_BULK_REPORTS (300), BENCH_NATIONAL_REQUESTS (50), DB_POOL_MAX (32),
#   BENCH_JAVA_OPTS (JVM flags added to those of docker/jvm.options), PGUSER (postgres), PGPORT (5432),
#   BENCH_QUIET_WAIT (120: seconds to wait at most for the CPUs to be under 20% busy before the run).
#
# The service runs as the Dockerfile runs it: docker/start.sh (java @docker/jvm.options, MALLOC_ARENA_MAX=2) with the
# class archive of a whole start that a first, untimed start records in target/cds (Quarkus's AppCDS archive, built
# at packaging with -Dquarkus.package.jar.appcds.enabled=true, when none could be recorded).
#
# Prerequisites: PostgreSQL on 127.0.0.1, pgbench and psql, wrk (installed from Debian's packages when
# missing and running as root), curl, jq, Java 17. The service is started and stopped by the script; the
# bulk reports it adds (year BENCH_BULK_YEAR, recorded by "benchmark") are removed again at the end, so
# the run can be repeated on the same data. Nothing is left running. Exit status 0 when every step ran.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"

REGENERATE=0
BUILD=0
DURATION=20
OUT=src/bench/results.md
ONLY=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --regenerate) REGENERATE=1 ;;
    --build) BUILD=1 ;;
    --duration) DURATION=${2:?--duration needs seconds}; shift ;;
    --out) OUT=${2:?--out needs a file}; shift ;;
    --only) ONLY=${2:?--only needs a step}; [[ $ONLY == bulk ]] || { echo "--only knows: bulk" >&2; exit 2; }; shift ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

SCHEMA=${BENCH_SCHEMA:-disclosure_bench}
PORT=${BENCH_PORT:-18080}
METRIC=${BENCH_METRIC:-req.new.total}
PROVINCE=${BENCH_PROVINCE:-440000}
YEAR_FROM=2008
YEAR_TO=2025
BULK_REPORTS=${BENCH_BULK_REPORTS:-300}
BULK_YEAR=${BENCH_BULK_YEAR:-2026}
BULK_SOURCE_YEAR=2025
NATIONAL_REQUESTS=${BENCH_NATIONAL_REQUESTS:-50}
POOL=${DB_POOL_MAX:-32}
THREADS=2
DEV_ISSUER=https://dev.disclosure-stats.local
export PGHOST=127.0.0.1 PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
BASE=http://127.0.0.1:$PORT

[[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_SCHEMA must be a plain identifier" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 120 ]] || { echo "--duration must be 1..120 seconds" >&2; exit 2; }

WORK=$ROOT/target/bench-run
rm -rf "$WORK"
mkdir -p "$WORK"
SERVICE_PID=""

log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf 'benchmark: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
sql() { PGOPTIONS="-c search_path=$SCHEMA -c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

stop_service() { # [seconds to wait before SIGKILL, default 10]
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 $(( ${1:-10} * 10 ))); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}
trap stop_service EXIT
trap 'exit 130' INT TERM

# Removes the reports the bulk step records (and only those): the ledger is append-only by trigger, so
# the triggers are bypassed for this one transaction (session_replication_role, superuser only).
remove_bulk_reports() {
  sql <<SQL
begin;
set local session_replication_role = replica;
create temp table bench_gone on commit drop as
  select r.id from report r
  where r.year = $BULK_YEAR
    and exists (select 1 from report_revision rv where rv.report_id = r.id and rv.recorded_by = 'benchmark');
delete from current_figure where report_id in (select id from bench_gone);
delete from observation where revision_id in (select rv.id from report_revision rv where rv.report_id in (select id from bench_gone));
delete from report_import where report_id in (select id from bench_gone);
delete from report_revision where report_id in (select id from bench_gone);
delete from report where id in (select id from bench_gone);
-- Only the bulk step writes reports of BULK_YEAR (the dataset ends before it), so every stored total
-- of that year came from them.
delete from rollup_total where year = $BULK_YEAR;
drop table if exists bench_copy_observation;
commit;
SQL
  # The rows just deleted leave dead tuples behind; without this, each run would read a more bloated
  # dataset (index-only scans of rollup_total and current_figure fall back to the heap) than the last.
  sql -c "vacuum (analyze) rollup_total, current_figure, observation, report_revision, report"
}

# Nearest-rank percentile of a file of numbers.
percentile() {
  sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; print v[i] }'
}
# awk arithmetic on decimal strings: calc '2 * x' etc.
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
# met <value> <op> <target>: yes or no
met() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { if (v == "nan" || v == "") { print "n/a"; exit } ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0); print ok ? "yes" : "**no**" }'; }

# ---------------------------------------------------------------------------------------------------
# 1. Prerequisites
# ---------------------------------------------------------------------------------------------------
log "checking prerequisites"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    log "installing wrk from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >"$WORK/apt.log" 2>&1 || die "apt-get install wrk failed (see $WORK/apt.log)"
  else
    die "wrk is missing: apt-get install wrk (as root)"
  fi
fi
for tool in pgbench psql curl jq java awk; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
sql -c 'select 1' >/dev/null || die "PostgreSQL does not answer on 127.0.0.1:$PGPORT as $PGUSER"

if [[ $REGENERATE -eq 1 ]]; then
  log "regenerating schema $SCHEMA at scale 1 (drop, migrate, load)"
  psql -X -q -v ON_ERROR_STOP=1 -c "drop schema if exists $SCHEMA cascade" 2>/dev/null
  gen_start=$(now_ms)
  ./mvnw -q -Pgenerate compile exec:java -Dgenerate.args="--schema $SCHEMA --scale 1 --truncate" >"$WORK/generate.log" 2>&1 \
    || die "the generator failed (see $WORK/generate.log)"
  log "generated in $(( ($(now_ms) - gen_start) / 1000 )) s"
fi
[[ $(sql -c "select count(*) from pg_tables where schemaname = '$SCHEMA' and tablename = 'current_figure'") == 1 ]] \
  || die "schema $SCHEMA has no dataset: run with --regenerate"

APP=target/quarkus-app
JAR=$APP/quarkus-run.jar
if [[ $BUILD -eq 1 || ! -f $JAR || ! -f $APP/app-cds.jsa ]]; then
  log "packaging the service (with its AppCDS archive)"
  ./mvnw -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >"$WORK/package.log" 2>&1 \
    || die "packaging failed (see $WORK/package.log)"
fi
[[ -f $JAR && -f $APP/app-cds.jsa ]] || die "$JAR or its app-cds.jsa is missing after packaging"
JVM_FLAGS="${BENCH_JAVA_OPTS:-}"
# The class archive of a whole start, recorded by docker/start.sh at a first (training) start; kept beside the package.
export CDS_DIR=$ROOT/target/cds JVM_OPTIONS=$ROOT/docker/jvm.options

# start_service <log> [answer cache bytes, 0 = off]: starts the packaged service in the background as the Dockerfile does (from the
# quarkus-app folder, with docker/start.sh); SERVICE_PID is the java process itself (start.sh execs it), except at a start
# that records the class archive, where it is start.sh, which hands the stop signal on.
start_service() {
  # shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
  (cd "$APP" && ANSWER_CACHE_BYTES=${2:-4M} DB_SCHEMA=$SCHEMA PORT=$PORT DB_POOL_MAX=$POOL QUARKUS_HTTP_HOST=127.0.0.1 MALLOC_ARENA_MAX=2 \
    DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$PGDATABASE" DB_USER=$PGUSER \
    JWT_PUBLIC_KEY_LOCATION=$ROOT/src/main/resources/dev-keys/publicKey.pem JWT_ISSUER=$DEV_ISSUER \
    exec "$ROOT/docker/start.sh" $JVM_FLAGS >"$1" 2>&1) &
  SERVICE_PID=$!
}

log "minting a dev token (admin, subject benchmark)"
TOKEN=$(./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.disclosurestats.DevToken \
  -Dexec.args="--sub benchmark --groups admin --hours 1" 2>"$WORK/token.log" | tail -n 1)
[[ "$TOKEN" == *.*.* ]] || die "could not mint a dev token (see $WORK/token.log)"

remove_bulk_reports   # leftovers of an interrupted run

# The machine may be shared (builds, tests): wait up to 2 minutes for a quiet moment, and record how busy
# the CPUs were when the run began.
cpu_busy() { # percent of CPU time not idle over 2 seconds
  local a b
  read -r -a a < <(head -n 1 /proc/stat); sleep 2; read -r -a b < <(head -n 1 /proc/stat)
  awk -v u="$(( b[1] + b[2] + b[3] + b[6] + b[7] - a[1] - a[2] - a[3] - a[6] - a[7] ))" \
      -v t="$(( b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] - a[1] - a[2] - a[3] - a[4] - a[5] - a[6] - a[7] ))" \
      'BEGIN { printf "%.0f", t ? 100 * u / t : 0 }'
}
quiet_start=$(now_ms)
BUSY_BEFORE=$(cpu_busy)
while (( BUSY_BEFORE > 20 && $(now_ms) - quiet_start < ${BENCH_QUIET_WAIT:-120} * 1000 )); do
  log "other processes keep the CPUs ${BUSY_BEFORE}% busy; waiting for a quiet moment"
  sleep 8
  BUSY_BEFORE=$(cpu_busy)
done
log "CPUs ${BUSY_BEFORE}% busy before the run"

if curl -s -o /dev/null --max-time 1 "$BASE/q/health/ready"; then
  die "something already listens on 127.0.0.1:$PORT: set BENCH_PORT"
fi

# untimed_start <log> <what it is for> <seconds at most>: starts the service, waits until it is ready, stops it (giving the
# JVM time to write the class archive as it exits, when the start records one: docker/start.sh).
untimed_start() {
  start_service "$1"
  local began
  began=$(now_ms)
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/q/health/ready" || true) == 200 ]]; do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited at its $2 start (see $1)"
    (( $(now_ms) - began < $3 * 1000 )) || die "the $2 start was not ready within $3 s (see $1)"
    sleep 0.5
  done
  [[ $2 != "roll-up rebuild" ]] || log "$(grep -o 'rebuilt [0-9,]* roll-up rows in [0-9]* ms' "$1" || echo 'roll-ups rebuilt')"
  stop_service 180
}

# A freshly generated dataset has no stored roll-ups yet (the generator marks them invalid): the service
# rebuilds them at its first start, about 7 s per million figures. That start is not the one timed below.
if [[ $(sql -c "select count(*) from pg_tables where schemaname = '$SCHEMA' and tablename = 'rollup_state'") == 0 \
      || $(sql -c "select valid from rollup_state") != t ]]; then
  log "first start on this dataset: the service rebuilds the stored roll-ups (not timed)"
  untimed_start "$WORK/rebuild.log" "roll-up rebuild" 1200
fi

# The training start: as in a deployment, the first start of a package records the class archive of a whole
# start (docker/start.sh) as it stops, and the starts timed below use it (the rebuild start above may have been it).
# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
if ! (cd "$APP" && "$ROOT/docker/start.sh" --check $JVM_FLAGS); then
  log "training start: recording the class archive in $CDS_DIR (not timed)"
  untimed_start "$WORK/training.log" training 300
  # shellcheck disable=SC2086
  (cd "$APP" && "$ROOT/docker/start.sh" --check $JVM_FLAGS) || log "no class archive was recorded (see $WORK/training.log): the first timed start records again"
fi

# ---------------------------------------------------------------------------------------------------
# 2. Start the packaged service and time it to ready
# ---------------------------------------------------------------------------------------------------
# timed_start <log> <answer cache bytes>: starts the service and leaves STARTUP_MS and QUARKUS_STARTED
timed_start() {
  log "starting the service on 127.0.0.1:$PORT against schema $SCHEMA (answer cache: $2)"
  local start_ms ready=0
  start_ms=$(now_ms)
  start_service "$1" "$2"
  while (( $(now_ms) - start_ms < 60000 )); do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited at start-up (see $1)"
    if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/q/health/ready" || true) == 200 ]]; then
      ready=1
      break
    fi
    sleep 0.01
  done
  STARTUP_MS=$(( $(now_ms) - start_ms ))
  [[ $ready -eq 1 ]] || die "the service was not ready within 60 s (see $1)"
  QUARKUS_STARTED=$(grep -o 'started in [0-9.]*s' "$1" | head -n 1 | grep -o '[0-9.]*' || echo "?")
  log "ready after $STARTUP_MS ms (Quarkus reports ${QUARKUS_STARTED} s)"
}
timed_start "$WORK/service.log" 4M
STARTUP1_MS=$STARTUP_MS; QUARKUS1_STARTED=$QUARKUS_STARTED

# ---------------------------------------------------------------------------------------------------
# 3-4. The totals endpoint with wrk, uncached and revalidated
# ---------------------------------------------------------------------------------------------------
if [[ -z $ONLY ]]; then
TOTALS_PATH="/api/v1/aggregates/totals?metric=$METRIC&by=prefecture&within=$PROVINCE&yearFrom=$YEAR_FROM&yearTo=$YEAR_TO"
NATIONAL_PATH="/api/v1/aggregates/totals?metric=$METRIC&by=province&yearFrom=$YEAR_FROM&yearTo=$YEAR_TO"

code=$(curl -s -D "$WORK/totals.headers" -o "$WORK/totals.json" -w '%{http_code}' --max-time 30 "$BASE$TOTALS_PATH")
[[ $code == 200 ]] || die "the totals request answered $code: $(head -c 400 "$WORK/totals.json")"
ETAG=$(awk 'tolower($1) == "etag:" { sub(/\r$/, ""); sub(/^[^:]*: */, ""); print }' "$WORK/totals.headers")
[[ -n "$ETAG" ]] || die "the totals answer has no ETag"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "If-None-Match: $ETAG" "$BASE$TOTALS_PATH")
[[ $code == 304 ]] || die "a matching If-None-Match answered $code, not 304"
TOTALS_ROWS=$(jq 'if type == "array" then length elif .items then (.items | length) elif .data then (.data | length) else 0 end' "$WORK/totals.json" 2>/dev/null || echo "?")

# Bytes per answer (curl's size_download: the bytes on the wire, compressed when gzip was accepted).
COUNTY_PATH="/api/v1/aggregates/totals?metric=lreq.received&metric=pro.items&by=county&yearFrom=2014&yearTo=2018"
bytes() { curl -s -o /dev/null -w '%{size_download}' --max-time 120 "$@"; }
bytes_row() { # label path
  printf '| bytes per answer: %s | %s identity; %s gzip; empty=omit: %s identity, %s gzip | — | — |' "$1" \
    "$(bytes "$BASE$2")" "$(bytes -H 'Accept-Encoding: gzip' "$BASE$2")" "$(bytes "$BASE$2&empty=omit")" \
    "$(bytes -H 'Accept-Encoding: gzip' "$BASE$2&empty=omit")"
}
BYTES_TOTALS=$(bytes_row "the totals request" "$TOTALS_PATH")
BYTES_COUNTY=$(bytes_row "county totals, 2 metrics, 2014–2018" "$COUNTY_PATH")

# Counts answers by status in every thread and prints one line of figures (latencies in microseconds).
cat >"$WORK/count.lua" <<'LUA'
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok200, ok304, other = 0, 0, 0
end

function response(status, headers, body)
  if status == 200 then
    ok200 = ok200 + 1
  elseif status == 304 then
    ok304 = ok304 + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local n200, n304, nother = 0, 0, 0
  for _, thread in ipairs(threads) do
    n200 = n200 + thread:get("ok200")
    n304 = n304 + thread:get("ok304")
    nother = nother + thread:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%d p99=%d max=%d s200=%d s304=%d sother=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max,
    n200, n304, nother, e.connect + e.read + e.write + e.timeout))
end
LUA

# wrk_run <name> <connections> <seconds> [header] [path]: leaves $WORK/<name>.wrk with the RESULT line
wrk_run() {
  local name=$1 conns=$2 secs=$3 header=${4:-} path=${5:-$TOTALS_PATH}
  local args=(-t "$THREADS" -c "$conns" -d "${secs}s" --timeout 5s -s "$WORK/count.lua")
  [[ -n "$header" ]] && args+=(-H "$header")
  log "wrk $name: $conns connections, $secs s"
  timeout $((secs + 30)) wrk "${args[@]}" "$BASE$path" >"$WORK/$name.wrk" 2>&1 || die "wrk $name failed: $(tail -n 3 "$WORK/$name.wrk")"
  grep -q '^RESULT' "$WORK/$name.wrk" || die "wrk $name printed no result"
}
# field <name> <key>
field() { grep '^RESULT' "$WORK/$1.wrk" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }
ms() { calc "$1 / 1000" 1; }

# The three forms of the answer: as is, as columns (shape=columns, for charts), without empty rows.
COMPACT_PATH="$TOTALS_PATH&shape=columns"
OMIT_PATH="$TOTALS_PATH&empty=omit"
# forms_run <suffix>: the three forms at 32 connections, the default also at 256 (for memory: RSS after it)
forms_run() {
  wrk_run "warmup$1" 8 5 >/dev/null
  wrk_run "totals32$1" 32 "$DURATION"
  wrk_run "compact32$1" 32 "$DURATION" "" "$COMPACT_PATH"
  wrk_run "omit32$1" 32 "$DURATION" "" "$OMIT_PATH"
  wrk_run "totals256$1" 256 "$DURATION"
}

# With the answer cache (the deployed setting): after the first answer, the same question at the same
# dataset version is served from the serialized answers kept in memory.
wrk_run warmup 8 5 >/dev/null
wrk_run totals8 8 "$DURATION"
wrk_run etag32 32 "$DURATION" "If-None-Match: $ETAG"
forms_run ""
RSS_CACHED_MB=$(calc "$(ps -o rss= -p "$SERVICE_PID") / 1024" 0)
log "service RSS after the load steps (answer cache on, 256 connections last): $RSS_CACHED_MB MB"
FORM_BYTES=""
for form in "$TOTALS_PATH" "$COMPACT_PATH" "$OMIT_PATH"; do
  FORM_BYTES="$FORM_BYTES $(bytes "$BASE$form")"
done
read -r BYTES_DEFAULT BYTES_COMPACT BYTES_OMIT <<<"$FORM_BYTES"

# ---------------------------------------------------------------------------------------------------
# 5. pgbench: the naive SQL and the service's own SQL
# ---------------------------------------------------------------------------------------------------
# The naive question: sums by prefecture and year of one metric within one province, over the figures of
# the current published revisions, straight from the ledger (scope ignored, so aggregates and their
# parts are added together: it is the cost of the question, not a correct total). The province is a
# range of division codes, so report_by_division_year serves it (faster than left(code, 2) = '44').
cat >"$WORK/naive.sql" <<'SQL'
select left(r.division_code, 4) || '00' as prefecture, r.year, sum(o.value) as total
from observation o
join report_revision rv on rv.id = o.revision_id and rv.status = 'published'
join report r on r.id = rv.report_id and r.current_revision_no = rv.revision_no
where o.metric_code = :metric
  and r.division_code between :province and left(:province, 2) || '9999'
  and r.year between :yfrom and :yto
  and o.status = 'reported' and o.breakdown = '' and o.subject_name is null
group by 1, 2;
SQL
# What the service sends for this request: RollupRepository.atLevel, the stored roll-up rows of one
# level in one province (the dataset version comes from memory, so this is the only statement).
cat >"$WORK/own.sql" <<'SQL'
select metric_code, division_code, year, province_code, level, reported, reported_approximate, computed, computed_approximate, contributing_units
from rollup_total
where metric_code = any (array[:metric]) and level = 'prefecture' and year between :yfrom and :yto and province_code = :province;
SQL

# The honest baseline: what a user of PostgREST, PostGraphile or Directus would keep instead of a ledger,
# one flat table of the current figures (division, prefecture, province, year, metric, value) with the
# index they would add for "one metric in one province, by year", and the GROUP BY they would write. Built
# once per dataset from current_figure (the divisions' own figures: scope self), before the bulk step.
cat >"$WORK/flat.sql" <<'SQL'
select prefecture_code, year, sum(value) as total
from bench_flat_figure
where metric_code = :metric and province_code = :province and year between :yfrom and :yto
group by 1, 2;
SQL
if [[ $(sql -c "select count(*) from pg_tables where schemaname = '$SCHEMA' and tablename = 'bench_flat_figure'") == 0 ]]; then
  log "building the flat table of current figures (once per dataset)"
  sql -c "create table bench_flat_figure as select division_code, left(division_code, 4) || '00' as prefecture_code,
            province_code, year, metric_code, value from current_figure where scope = 'self'" \
      -c "create index bench_flat_figure_by_metric_province_year on bench_flat_figure (metric_code, province_code, year)" \
      -c "vacuum (analyze) bench_flat_figure"
fi

# pgbench_run <name> <script> <connections>: leaves tps, latency average/stddev and p50/p99 (from the
# per-transaction log) in $WORK/<name>.pgb
pgbench_run() {
  local name=$1 script=$2 conns=$3
  log "pgbench $name: $conns connections, $DURATION s"
  mkdir -p "$WORK/$name.log"
  PGOPTIONS="-c search_path=$SCHEMA" timeout $((DURATION + 30)) pgbench -n -M prepared -c "$conns" -j "$THREADS" -T "$DURATION" \
    -P "$DURATION" -r -l --log-prefix="$WORK/$name.log/tx" \
    -D metric="$METRIC" -D province="$PROVINCE" -D yfrom=$YEAR_FROM -D yto=$YEAR_TO \
    -f "$WORK/$script" >"$WORK/$name.out" 2>&1 || die "pgbench $name failed: $(tail -n 3 "$WORK/$name.out")"
  cat "$WORK/$name.log"/tx.* | awk '{ print $3 / 1000 }' >"$WORK/$name.lat"
  {
    echo "tps=$(awk '/^tps =/ { print $3; exit }' "$WORK/$name.out")"
    echo "avg=$(awk '/^latency average =/ { print $4 }' "$WORK/$name.out")"
    echo "stddev=$(awk '/^latency stddev =/ { print $4 }' "$WORK/$name.out")"
    echo "failed=$(awk '/^number of failed transactions:/ { print $5 }' "$WORK/$name.out")"
    echo "p50=$(percentile "$WORK/$name.lat" 50)"
    echo "p99=$(percentile "$WORK/$name.lat" 99)"
  } >"$WORK/$name.pgb"
  rm -rf "$WORK/$name.log"
}
pg() { awk -F= -v k="$2" '$1 == k { print $2 }' "$WORK/$1.pgb"; }

pgbench_run naive8 naive.sql 8
pgbench_run naive32 naive.sql 32
pgbench_run own8 own.sql 8
pgbench_run own32 own.sql 32
pgbench_run flat32 flat.sql 32
NAIVE_ROWS=$(sql -c "$(sed -e "s/:metric/'$METRIC'/g; s/:province/'$PROVINCE'/g; s/:yfrom/$YEAR_FROM/g; s/:yto/$YEAR_TO/g; s/;$//" "$WORK/naive.sql" | tr '\n' ' ') " | wc -l)
FLAT_ROWS=$(sql -c "$(sed -e "s/:metric/'$METRIC'/g; s/:province/'$PROVINCE'/g; s/:yfrom/$YEAR_FROM/g; s/:yto/$YEAR_TO/g; s/;$//" "$WORK/flat.sql" | tr '\n' ' ') " | wc -l)
FLAT_TABLE_ROWS=$(sql -c "select reltuples::bigint from pg_class where oid = 'bench_flat_figure'::regclass")
OWN_ROWS=$(sql -c "$(sed -e "s/:metric/'$METRIC'/g; s/:province/'$PROVINCE'/g; s/:yfrom/$YEAR_FROM/g; s/:yto/$YEAR_TO/g; s/;$//" "$WORK/own.sql" | tr '\n' ' ') " | wc -l)

# ---------------------------------------------------------------------------------------------------
# 6b. The same forms with the answer cache off: every answer is computed and serialized (the cold path)
# ---------------------------------------------------------------------------------------------------
stop_service
timed_start "$WORK/service-nocache.log" 0
STARTUP2_MS=$STARTUP_MS; QUARKUS2_STARTED=$QUARKUS_STARTED
forms_run "_cold"

# ---------------------------------------------------------------------------------------------------
# 7. The national roll-up, sequential requests (answer cache off: each one computed)
# ---------------------------------------------------------------------------------------------------
log "national roll-up: $NATIONAL_REQUESTS sequential requests (after one warm-up)"
code=$(curl -s -o "$WORK/national.json" -w '%{http_code}' --max-time 60 "$BASE$NATIONAL_PATH")
[[ $code == 200 ]] || die "the national roll-up answered $code: $(head -c 400 "$WORK/national.json")"
: >"$WORK/national.lat"
national_start=$(now_ms)
for _ in $(seq 1 "$NATIONAL_REQUESTS"); do
  (( $(now_ms) - national_start < 180000 )) || { log "national roll-up: stopped after 180 s"; break; }
  read -r code secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$BASE$NATIONAL_PATH")
  [[ $code == 200 ]] || die "a national roll-up request answered $code"
  calc "$secs * 1000" 1 >>"$WORK/national.lat"
  echo >>"$WORK/national.lat"
done
NATIONAL_N=$(grep -c . "$WORK/national.lat")
NATIONAL_P50=$(percentile "$WORK/national.lat" 50)
NATIONAL_P99=$(percentile "$WORK/national.lat" 99)

else
  NOT_RUN="not run (--only bulk)"
  TOTALS_PATH=$NOT_RUN NATIONAL_PATH=$NOT_RUN TOTALS_ROWS=0 NAIVE_ROWS=0 OWN_ROWS=0 FLAT_ROWS=0 FLAT_TABLE_ROWS=0 NATIONAL_N=0
fi

# ---------------------------------------------------------------------------------------------------
# 8. Bulk ingestion vs COPY
# ---------------------------------------------------------------------------------------------------
# BULK_REPORTS county government reports of year BULK_YEAR, each a copy of the 2021-format tables
# (sections 二, 三, 四, blanks included: identities I1-I4 hold) of one county's BULK_SOURCE_YEAR report,
# for counties still valid in BULK_YEAR, chosen by a hash of their code.
log "building $BULK_REPORTS bulk reports for $BULK_YEAR"
sql >"$WORK/bulk.ndjson" <<SQL
with picked as (
  select r.id, r.issuer_name, r.issuer_kind, r.division_code, rv.id as revision_id
  from report r
  join report_revision rv on rv.report_id = r.id and rv.revision_no = r.current_revision_no
       and rv.status = 'published' and rv.edition = '2021'
  where r.year = $BULK_SOURCE_YEAR and r.scope = 'self' and r.issuer_kind = 'government'
    and exists (select 1 from division d where d.code = r.division_code and d.level = 'county'
                and (d.valid_from is null or d.valid_from <= $BULK_YEAR) and (d.valid_to is null or d.valid_to >= $BULK_YEAR))
    and not exists (select 1 from report x where x.division_code = r.division_code and x.year = $BULK_YEAR)
  order by md5(r.division_code)
  limit $BULK_REPORTS
), cells as (
  select p.id,
         case split_part(o.metric_code, '.', 1) when 'pro' then 'proactive' when 'req' then 'requests' else 'appeals' end as section,
         regexp_replace(o.metric_code, '^[a-z]+\.(.*)\.[^.]+$', '\1') as row_label,
         regexp_replace(o.metric_code, '^.*\.', '') as column_label,
         trim_scale(o.value) as value
  from picked p
  join observation o on o.revision_id = p.revision_id
  where o.source_kind = 'table_cell' and split_part(o.metric_code, '.', 1) in ('pro', 'req', 'appeal')
), table_rows as (
  select id, section, row_label, jsonb_object_agg(column_label, value) as columns from cells group by 1, 2, 3
), sections as (
  select id, section, jsonb_object_agg(row_label, columns) as section_rows from table_rows group by 1, 2
), tables as (
  select id, jsonb_object_agg(section, section_rows) as tables from sections group by 1
)
select jsonb_build_object('issuerName', p.issuer_name, 'issuerKind', p.issuer_kind, 'division', p.division_code,
         'year', $BULK_YEAR, 'scope', 'self', 'edition', '2021',
         'title', p.issuer_name || '${BULK_YEAR}年政府信息公开工作年度报告', 'tables', t.tables)::text
from picked p join tables t using (id)
order by md5(p.division_code);
SQL
BULK_LINES=$(wc -l <"$WORK/bulk.ndjson")
(( BULK_LINES > 0 )) || die "no county reports to copy for the bulk step"
BULK_CELLS=$(jq '[.tables[] | .[] | length] | add' "$WORK/bulk.ndjson" | awk '{ s += $1 } END { print s }')
BULK_BYTES=$(wc -c <"$WORK/bulk.ndjson")
MAX_LINES=1000   # disclosure.bulk.max-lines, the documented default
split -l "$MAX_LINES" -d "$WORK/bulk.ndjson" "$WORK/bulk.part."

log "posting $BULK_LINES reports ($BULK_CELLS cells, $BULK_BYTES bytes) to /api/v1/reports:bulk"
# post_parts <answer suffix>: posts every part of the upload in turn; each answer goes to <part>.<suffix>
post_parts() {
  local part code
  for part in "$WORK"/bulk.part.*[0-9]; do
    code=$(curl -s -o "$part.$1" -w '%{http_code}' --max-time 600 -X POST "$BASE/api/v1/reports:bulk" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @"$part")
    [[ $code == 200 ]] || die "bulk upload ($1) answered $code: $(head -c 400 "$part.$1")"
  done
}
bulk_start=$(now_ms)
post_parts answer
BULK_MS=$(( $(now_ms) - bulk_start ))
BULK_CREATED=$(cat "$WORK"/bulk.part.*.answer | jq -s 'map(.created) | add')
BULK_REJECTED=$(cat "$WORK"/bulk.part.*.answer | jq -s 'map(.rejected) | add')
if (( BULK_REJECTED > 0 )); then
  log "bulk: $BULK_REJECTED lines rejected, e.g.: $(cat "$WORK"/bulk.part.*.answer | jq -c '[.lines[] | select(.outcome == "rejected")][0].problem' | head -c 600)"
fi
BULK_OBS=$(sql -c "select count(*) from observation o join report_revision rv on rv.id = o.revision_id
                   join report r on r.id = rv.report_id where r.year = $BULK_YEAR and rv.recorded_by = 'benchmark'")
BULK_RATE=$(calc "$BULK_OBS / ($BULK_MS / 1000)" 0)

# The same upload again: every line must come back unchanged (idempotency), and nothing be written.
log "posting the same $BULK_LINES reports again (all must be unchanged)"
resend_start=$(now_ms)
post_parts again
RESEND_MS=$(( $(now_ms) - resend_start ))
RESEND_UNCHANGED=$(cat "$WORK"/bulk.part.*.again | jq -s 'map(.unchanged) | add')

log "COPY of the same $BULK_OBS observation rows into a scratch table like observation"
sql -c "\\copy (select o.* from observation o join report_revision rv on rv.id = o.revision_id join report r on r.id = rv.report_id where r.year = $BULK_YEAR and rv.recorded_by = 'benchmark') to '$WORK/bulk.copy'"
sql -c "drop table if exists bench_copy_observation" \
    -c "create table bench_copy_observation (like observation including defaults including constraints including indexes)"
COPY_MS=$(sql -c '\timing on' -c "\\copy bench_copy_observation from '$WORK/bulk.copy'" | awk '/^Time:/ { print $2 }')
COPY_ROWS=$(sql -c "select count(*) from bench_copy_observation")
COPY_RATE=$(calc "$COPY_ROWS / ($COPY_MS / 1000)" 0)
sql -c "drop table bench_copy_observation"

# ---------------------------------------------------------------------------------------------------
# 9. RSS, then stop and clean up
# ---------------------------------------------------------------------------------------------------
RSS_MB=$(calc "$(ps -o rss= -p "$SERVICE_PID") / 1024" 0)
log "service RSS after the run: $RSS_MB MB; stopping it"
stop_service
remove_bulk_reports
BUSY_AFTER=$(cpu_busy)   # other work still running once ours has stopped

# ---------------------------------------------------------------------------------------------------
# 6 and 10. Ratios, the table, the results file
# ---------------------------------------------------------------------------------------------------
R_BULK=$(calc "$BULK_RATE / $COPY_RATE" 3)
STARTUP_S=$(calc "$STARTUP_MS / 1000")
BULK_ROWS=$(cat <<EOF
| bulk endpoint ($BULK_LINES reports, $BULK_CREATED created, $BULK_REJECTED rejected) | $BULK_OBS observations in $(calc "$BULK_MS / 1000") s = $BULK_RATE obs/s | — | — |
| COPY of the same rows (scratch table like observation, with its indexes) | $COPY_ROWS rows in $(calc "$COPY_MS / 1000" 3) s = $COPY_RATE rows/s | — | — |
| bulk / COPY | $(calc "$R_BULK" 3)× | ≥ 0.3× | $(met "$R_BULK" ">=" 0.3) |
| same upload again ($RESEND_UNCHANGED of $BULK_LINES unchanged) | $(calc "$RESEND_MS / 1000") s | — | — |
EOF
)
if [[ -z $ONLY ]]; then
T32_RPS=$(field totals32 rps); E32_RPS=$(field etag32 rps)
T32_COLD_RPS=$(field totals32_cold rps); C32_RPS=$(field compact32 rps); C32_COLD_RPS=$(field compact32_cold rps)
T8_ERR=$(( $(field totals8 socket_errors) + $(field totals8 s304) + $(field totals8 sother) ))
errors() { echo $(( $(field "$1" socket_errors) + $(field "$1" s304) + $(field "$1" sother) )); }
T32_ERR=$(errors totals32)
E32_ERR=$(( $(field etag32 socket_errors) + $(field etag32 s200) + $(field etag32 sother) ))
T32_P99=$(ms "$(field totals32 p99)")
R_NAIVE=$(calc "$T32_RPS / $(pg naive32 tps)")
R_OWN=$(calc "$T32_RPS / $(pg own32 tps)")
R_FLAT=$(calc "$T32_RPS / $(pg flat32 tps)")
R_FLAT_COLD=$(calc "$T32_COLD_RPS / $(pg flat32 tps)")
R_OWN_COLD=$(calc "$T32_COLD_RPS / $(pg own32 tps)")
R_COMPACT_OWN=$(calc "$C32_RPS / $(pg own32 tps)")
R_COMPACT_OWN_COLD=$(calc "$C32_COLD_RPS / $(pg own32 tps)")
T32_COLD_P99=$(ms "$(field totals32_cold p99)")
R_ETAG=$(calc "$E32_RPS / $(pg naive32 tps)")
STARTUP1_S=$(calc "$STARTUP1_MS / 1000"); STARTUP2_S=$(calc "$STARTUP2_MS / 1000")
STARTUP_MAX_S=$(calc "($STARTUP1_MS > $STARTUP2_MS ? $STARTUP1_MS : $STARTUP2_MS) / 1000")
RSS_MAX_MB=$(( RSS_CACHED_MB > RSS_MB ? RSS_CACHED_MB : RSS_MB ))

wrk_row() { # name label
  printf '| %s | %s req/s; p50 %s ms, p99 %s ms; %s errors of %s |' "$2" "$(field "$1" rps)" "$(ms "$(field "$1" p50)")" \
    "$(ms "$(field "$1" p99)")" "$3" "$(field "$1" requests)"
}
pg_row() { # name label
  printf '| %s | %s tps; latency avg %s ms (stddev %s), p50 %s ms, p99 %s ms |' "$2" "$(calc "$(pg "$1" tps)" 1)" \
    "$(pg "$1" avg)" "$(pg "$1" stddev)" "$(calc "$(pg "$1" p50)" 2)" "$(calc "$(pg "$1" p99)" 2)"
}

TABLE=$(cat <<EOF
| measure | result | target | met? |
|---|---|---|---|
$(wrk_row totals8 "totals, 8 connections (wrk), answer cache on" "$T8_ERR") — | — |
$(wrk_row totals32 "totals, 32 connections (wrk), answer cache on ($BYTES_DEFAULT bytes)" "$T32_ERR") p99 ≤ 25 ms | $(met "$T32_P99" "<=" 25) |
$(wrk_row compact32 "totals as columns (shape=columns), 32 connections, answer cache on ($BYTES_COMPACT bytes)" "$(errors compact32)") — | — |
$(wrk_row omit32 "totals with empty=omit, 32 connections, answer cache on ($BYTES_OMIT bytes)" "$(errors omit32)") — | — |
$(wrk_row totals256 "totals, 256 connections, answer cache on" "$(errors totals256)") — | — |
$(wrk_row totals32_cold "totals, 32 connections, answer cache off (every answer computed)" "$(errors totals32_cold)") p99 ≤ 25 ms | $(met "$T32_COLD_P99" "<=" 25) |
$(wrk_row compact32_cold "totals as columns, 32 connections, answer cache off" "$(errors compact32_cold)") — | — |
$(wrk_row omit32_cold "totals with empty=omit, 32 connections, answer cache off" "$(errors omit32_cold)") — | — |
$(wrk_row totals256_cold "totals, 256 connections, answer cache off" "$(errors totals256_cold)") — | — |
$(wrk_row etag32 "totals with matching If-None-Match (304), 32 connections" "$E32_ERR") — | — |
$(pg_row naive8 "naive SQL, 8 connections (pgbench)") — | — |
$(pg_row naive32 "naive SQL, 32 connections (pgbench)") — | — |
$(pg_row own8 "service's own SQL, 8 connections (pgbench)") — | — |
$(pg_row own32 "service's own SQL, 32 connections (pgbench)") — | — |
$(pg_row flat32 "flat-table GROUP BY, 32 connections (pgbench)") — | — |
| service / naive SQL, 32 connections | ${R_NAIVE}× | ≥ 2× | $(met "$R_NAIVE" ">=" 2) |
| service / flat-table GROUP BY, 32 connections: answer cache on; off | ${R_FLAT}×; ${R_FLAT_COLD}× | ≥ 2× | $(met "$R_FLAT" ">=" 2); $(met "$R_FLAT_COLD" ">=" 2) |
| service / own SQL, 32 connections: answer cache on; off | ${R_OWN}×; ${R_OWN_COLD}× | ≥ 0.8× | $(met "$R_OWN" ">=" 0.8); $(met "$R_OWN_COLD" ">=" 0.8) |
| service as columns / own SQL, 32 connections: answer cache on; off | ${R_COMPACT_OWN}×; ${R_COMPACT_OWN_COLD}× | ≥ 0.5× | $(met "$R_COMPACT_OWN" ">=" 0.5); $(met "$R_COMPACT_OWN_COLD" ">=" 0.5) |
| service 304 / naive SQL, 32 connections | ${R_ETAG}× | ≥ 10× | $(met "$R_ETAG" ">=" 10) |
| national roll-up (by=province, $YEAR_FROM–$YEAR_TO), $NATIONAL_N sequential requests | p50 $NATIONAL_P50 ms, p99 $NATIONAL_P99 ms | p50 ≤ 50 ms | $(met "$NATIONAL_P50" "<=" 50) |
$BULK_ROWS
| start-up to ready (from starting java until /q/health/ready is 200), both starts | $STARTUP1_S s, $STARTUP2_S s (Quarkus: "started in ${QUARKUS1_STARTED}s", "${QUARKUS2_STARTED}s") | ≤ 3 s | $(met "$STARTUP_MAX_S" "<=" 3) |
| service RSS after the load steps: answer cache on (256 connections last); off (after the bulk step) | $RSS_CACHED_MB MB; $RSS_MB MB | ≤ 300 MB | $(met "$RSS_MAX_MB" "<=" 300) |
$BYTES_TOTALS
$BYTES_COUNTY
EOF
)

else
TABLE=$(cat <<EOF
| measure | result | target | met? |
|---|---|---|---|
$BULK_ROWS
| start-up to ready (from starting java until /q/health/ready is 200) | $STARTUP_S s (Quarkus: "started in ${QUARKUS_STARTED}s") | ≤ 3 s | $(met "$STARTUP_S" "<=" 3) |
| service RSS after the run | $RSS_MB MB | ≤ 300 MB | $(met "$RSS_MB" "<=" 300) |
EOF
)
fi

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
PGVER=$(sql -c 'show server_version')
JAVAVER=$( (java -version 2>&1 || true) | head -n 1)
WRKVER=$( (wrk -v 2>&1 || true) | head -n 1 | awk '{ print $1, $2 }')
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main pom.xml || echo " (with uncommitted changes)")
OBS_ROWS=$(sql -c "select reltuples::bigint from pg_class where oid = 'observation'::regclass")
CF_ROWS=$(sql -c "select reltuples::bigint from pg_class where oid = 'current_figure'::regclass")
REPORTS=$(sql -c "select count(*) from report")
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$(dirname "$OUT")"
cat >"$OUT" <<EOF
# Benchmark results

Produced by \`src/main/scripts/benchmark.sh\` (\`--duration $DURATION\`) on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT.

- Machine: $(nproc) CPUs ($CPU), $MEM memory; load average $LOAD_BEFORE before the run, $LOADAVG at its end (its own load
  included). Other work kept the CPUs ${BUSY_BEFORE}% busy when it began (it waits up to 2 minutes for under 20%) and
  ${BUSY_AFTER}% busy right after it. The
  service, PostgreSQL, wrk and pgbench all share these CPUs (and so does anything else running on the machine).
- PostgreSQL $PGVER (default settings), $JAVAVER, $WRKVER, pgbench $(pgbench --version | awk '{ print $3 }').
- Dataset: schema \`$SCHEMA\`, $REPORTS reports, about $OBS_ROWS observations, $CF_ROWS current figures.
- Service: \`java $(grep -v '^#' docker/jvm.options | tr '\n' ' ')-XX:SharedArchiveFile=app-all.jsa ${BENCH_JAVA_OPTS:+$BENCH_JAVA_OPTS }-jar quarkus-run.jar\` (the flags of \`docker/jvm.options\`, run as the Dockerfile runs it: by \`docker/start.sh\`, with the class archive a training start recorded) with MALLOC_ARENA_MAX=2, pool $POOL connections.
- Totals request: \`GET $TOTALS_PATH\` ($TOTALS_ROWS rows); wrk $THREADS threads, $DURATION s per run after a 5 s warm-up,
  latency percentiles as wrk measures them. Errors: socket errors plus any answer but the expected one (200, or 304
  with \`If-None-Match\`).
- pgbench: $THREADS threads, $DURATION s, \`-M prepared\`; p50/p99 from the per-transaction log. The naive SQL groups
  observation ⋈ report_revision ⋈ report (current published revision, one metric, one province) by prefecture and
  year ($NAIVE_ROWS rows); the service's own SQL is the one statement it sends for the request,
  RollupRepository.atLevel over the stored roll-ups ($OWN_ROWS rows; the dataset version comes from memory). The
  flat-table GROUP BY sums one metric of one province by prefecture and year ($FLAT_ROWS rows) over
  \`bench_flat_figure\` ($FLAT_TABLE_ROWS rows: division, prefecture, province, year, metric, value of the current
  self-scope figures; one index on metric, province and year), the table and query a user of a generic API layer
  over PostgreSQL would write.
- National roll-up: \`GET $NATIONAL_PATH\`, sequential, curl's time_total; with $NATIONAL_N samples p99 is
  the slowest but one at most.
- Bulk: $BULK_LINES county reports of $BULK_YEAR (copies of $BULK_SOURCE_YEAR 2021-format tables, $BULK_CELLS cells)
  in one NDJSON request per $MAX_LINES lines (recorded by the service in groups of consecutive lines, one transaction each); COPY loads the observation rows the endpoint
  stored into a scratch table with observation's columns, constraints and indexes (no foreign keys), timed by psql.
  The endpoint also validates, writes report, revision and current_figure rows; COPY only the observations.

$TABLE
EOF

echo
echo "$TABLE"
echo
log "results written to $OUT"
