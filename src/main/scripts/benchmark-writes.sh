#!/usr/bin/env bash
# Write cost against the reports already stored under one prefecture-year (not part of ./mvnw verify).
#
#   src/main/scripts/benchmark-writes.sh [--app target/quarkus-app] [--reports 3000] [--posts 40] [--writers 16] [--each 8]
#
# In a schema of its own (dropped and migrated afresh by the service at start), with the service run as
# the Dockerfile runs it (java @docker/jvm.options), on 127.0.0.1 only:
#   1. loads 20 reports (2021 tables, about 190 figures each) under one prefecture and its counties, one
#      year, through POST /api/v1/reports:bulk, then times --posts sequential POSTs of new county reports;
#   2. copies the first report in SQL until --reports reports are stored there (then restarts the service,
#      which rebuilds the stored roll-ups), and times --posts POSTs again;
#   3. runs --writers concurrent writers, --each POSTs each, under the same prefecture-year: statuses,
#      latencies, and whether any transaction hit its timeout (any answer but 201, or a logged timeout).
# Prints one Markdown block: median and p90 of each POST series, their ratio (goal: at most 1.5), and the
# concurrent figures. The machine may be shared: the CPU load before the run is printed with the figures.
#
# Options: --app DIR (a packaged quarkus-app: the one to measure; default target/quarkus-app, packaged if
# missing), --reports N, --posts N, --writers N, --each N. Environment: BENCH_WRITES_SCHEMA (bench_writes),
# BENCH_WRITES_PORT (18401), BENCH_PREFECTURE (130100), BENCH_YEAR (2023), DB_POOL_MAX (32),
# BENCH_WRITES_JAVA_OPTS (flags after docker/jvm.options, e.g. -Xmx1g), PGUSER (postgres), PGPORT (5432). Needs psql, curl, jq, openssl, Java 17. Nothing is left running.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"

APP=target/quarkus-app
REPORTS=3000
POSTS=40
WRITERS=16
EACH=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --app) APP=${2:?}; shift ;;
    --reports) REPORTS=${2:?}; shift ;;
    --posts) POSTS=${2:?}; shift ;;
    --writers) WRITERS=${2:?}; shift ;;
    --each) EACH=${2:?}; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
APP=$(cd "$APP" 2>/dev/null && pwd || echo "$APP")

SCHEMA=${BENCH_WRITES_SCHEMA:-bench_writes}
PORT=${BENCH_WRITES_PORT:-18401}
PREFECTURE=${BENCH_PREFECTURE:-130100}
YEAR=${BENCH_YEAR:-2023}
POOL=${DB_POOL_MAX:-32}
ISSUER_URL=https://dev.disclosure-stats.local
export PGHOST=127.0.0.1 PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
BASE=http://127.0.0.1:$PORT
[[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_WRITES_SCHEMA must be a plain identifier" >&2; exit 2; }

WORK=$ROOT/target/bench-writes
rm -rf "$WORK"
mkdir -p "$WORK"
SERVICE_PID=""
log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf 'benchmark-writes: %s\n' "$*" >&2; exit 1; }
stop_service() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}
trap stop_service EXIT
trap 'exit 130' INT TERM

for tool in psql curl jq openssl java awk; do command -v "$tool" >/dev/null || die "$tool is missing"; done
if [[ ! -f $APP/quarkus-run.jar ]]; then
  log "packaging the service"
  ./mvnw -q package -DskipTests >"$WORK/package.log" 2>&1 || die "packaging failed (see $WORK/package.log)"
fi
curl -s -o /dev/null --max-time 1 "$BASE/q/health/ready" && die "something already listens on 127.0.0.1:$PORT"

# A dev token (admin) signed with the dev key, which only the dev issuer's public key verifies.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"benchmark","upn":"benchmark","groups":["admin"],"iat":%d,"exp":%d,"jti":"bw-%d"}' \
  "$ISSUER_URL" "$now" $((now + 7200)) "$now" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign src/test/resources/dev-keys/privateKey.pem | b64url)
TOKEN="$header.$payload.$signature"

log "fresh schema $SCHEMA; starting $APP on 127.0.0.1:$PORT"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -c "drop schema if exists $SCHEMA cascade"
# start_service [JVM flags added after docker/jvm.options]
start_service() {
  local extra="${BENCH_WRITES_JAVA_OPTS:-} ${1:-}"
  # shellcheck disable=SC2086 # extra is a list of flags
  (cd "$APP" && DB_SCHEMA=$SCHEMA PORT=$PORT DB_POOL_MAX=$POOL QUARKUS_HTTP_HOST=127.0.0.1 MALLOC_ARENA_MAX=2 \
    DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$PGDATABASE" DB_USER=$PGUSER \
    JWT_PUBLIC_KEY_LOCATION=$ROOT/src/main/resources/dev-keys/publicKey.pem JWT_ISSUER=$ISSUER_URL \
    exec java @"$ROOT/docker/jvm.options" $extra -jar quarkus-run.jar >>"$WORK/service.log" 2>&1) &
  SERVICE_PID=$!
  for _ in $(seq 1 480); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/q/health/ready" || true) == 200 ]] && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited at start-up (see $WORK/service.log)"
    sleep 0.5
  done
  die "the service was not ready in 4 minutes (see $WORK/service.log)"
}
start_service

# The prefecture's counties in the year: reports go round-robin to the prefecture itself and each county.
mapfile -t PLACES < <( { echo "$PREFECTURE"; curl -sf "$BASE/api/v1/divisions?parent=$PREFECTURE&year=$YEAR" \
  | jq -r '(if type == "array" then . else .items end)[] | select(.level == "county") | .code'; } )
(( ${#PLACES[@]} > 1 )) || die "no counties under $PREFECTURE in $YEAR"
# One report body: consistent 2021 tables (every identity holds) over every section-3 row of the catalogue.
ROWS=$(curl -sf "$BASE/api/v1/metrics?edition=2021&section=requests" \
  | jq -c '[(if type == "array" then . else .items end)[] | .code | select(endswith(".total")) | ltrimstr("req.") | rtrimstr(".total")]')
TABLES=$(jq -nc --argjson rows "$ROWS" '
  def row(a; b; t): {natural_person: a, commercial: b, research: 0, public_interest: 0, legal_services: 0, other_org: 0, total: t};
  def outcomes(u; t): {upheld: u, corrected: 0, other: 0, pending: 0, total: t};
  {proactive: {rules: {issued: 1, repealed: 0, in_force: 12}},
   requests: (reduce $rows[] as $r ({}; .[$r] = row(0; 0; 0))
     | .new = row(3; 1; 4) | .carried_over = row(1; 0; 1) | .granted = row(2; 1; 3)
     | .["unavailable.not_held"] = row(1; 0; 1) | .total = row(3; 1; 4) | .carried_forward = row(1; 0; 1)),
   appeals: {review: outcomes(1; 1), suit_direct: outcomes(0; 0), suit_after_review: outcomes(0; 0)}}')
# body <issuer> <division>
body() {
  jq -nc --arg issuer "$1" --arg division "$2" --argjson year "$YEAR" --argjson tables "$TABLES" \
    '{issuerName: $issuer, issuerKind: "department", division: $division, year: $year, scope: "self", edition: "2021",
      title: ($issuer + "政府信息公开工作年度报告"), tables: $tables}'
}
FIGURES=$(body probe "$PREFECTURE" | jq '[.tables.proactive.rules, (.tables.requests[]), (.tables.appeals[])] | map(length) | add')

sql() { PGOPTIONS="-c search_path=$SCHEMA -c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
LOADED=0
# load_api <n>: bulk-loads reports through POST /api/v1/reports:bulk until n are stored under the prefecture-year
load_api() {
  local batch=$(( $1 - LOADED )) file=$WORK/bulk.ndjson
  jq -nc --argjson from "$LOADED" --argjson to "$1" --argjson places "$(printf '%s\n' "${PLACES[@]}" | jq -Rsc 'split("\n")[:-1]')" \
    --argjson year "$YEAR" --argjson tables "$TABLES" 'range($from; $to) as $i
    | {issuerName: "基准部门\($i)", issuerKind: "department", division: $places[$i % ($places | length)], year: $year,
       scope: "self", edition: "2021", title: "基准部门\($i)政府信息公开工作年度报告", tables: $tables}' >"$file"
  code=$(curl -s -o "$WORK/bulk.json" -w '%{http_code}' --max-time 600 -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$file" "$BASE/api/v1/reports:bulk")
  [[ $code == 200 ]] || die "bulk load answered $code: $(head -c 300 "$WORK/bulk.json")"
  [[ $(jq '[.lines[] | select(.outcome != "created")] | length' "$WORK/bulk.json") == 0 ]] \
    || die "bulk load refused lines: $(jq -c '[.lines[] | select(.outcome != "created")][0]' "$WORK/bulk.json")"
  LOADED=$1
  log "$LOADED reports stored under $PREFECTURE in $YEAR"
}
# load_sql <n>: copies the first loaded report (ledger, figures and projection) in SQL until n are stored, then
# restarts the service, which rebuilds the stored roll-ups at start as after any load behind its back. Through
# the API, a bulk load of thousands of reports takes longer than the measurement on a busy machine.
load_sql() {
  local places
  places=$(printf "'%s'," "${PLACES[@]}")
  stop_service
  sql <<SQL
begin;
create temp table template on commit drop as
  select r.id as report_id, rv.id as revision_id from report r join report_revision rv on rv.report_id = r.id and rv.revision_no = 1
  where r.issuer_name = '基准部门0' and r.year = $YEAR;
create temp table copied on commit drop as
  with added as (
    insert into report (issuer_name, issuer_kind, division_code, year, scope, current_revision_no)
    select '基准部门' || i, 'department', (array[${places%,}])[1 + i % ${#PLACES[@]}], $YEAR, 'self', 1
    from generate_series($LOADED, $1 - 1) i
    returning id, issuer_name)
  select id from added;
insert into report_revision (report_id, revision_no, status, edition, title, recorded_by)
  select r.id, 1, 'published', '2021', r.issuer_name || '政府信息公开工作年度报告', 'benchmark' from report r join copied c on c.id = r.id;
insert into observation (revision_id, metric_code, breakdown, subject_name, subject_division_code, value, qualifier, status,
                         source_kind, table_section, table_row, table_column)
  select rv.id, o.metric_code, o.breakdown, o.subject_name, o.subject_division_code, o.value, o.qualifier, o.status,
         o.source_kind, o.table_section, o.table_row, o.table_column
  from copied c join report_revision rv on rv.report_id = c.id, template t join observation o on o.revision_id = t.revision_id;
insert into current_figure (report_id, metric_code, division_code, province_code, year, scope, value, approximate)
  select c.id, f.metric_code, r.division_code, f.province_code, f.year, f.scope, f.value, f.approximate
  from copied c join report r on r.id = c.id, template t join current_figure f on f.report_id = t.report_id;
update rollup_state set valid = false;
commit;
vacuum analyze report, report_revision, observation, current_figure;
SQL
  LOADED=$1
  # Before its rebuild held one metric at a time, the service held a whole province-year there, which
  # 3,000 reports of one prefecture-year exceed in a 128 MB heap. That start gets 1 GB and is not measured.
  log "$LOADED reports stored under $PREFECTURE in $YEAR; rebuilding the stored roll-ups (service started with -Xmx1g)"
  start_service -Xmx1g
  log "$(grep -o 'rebuilt [0-9,]* roll-up rows in [0-9]* ms' "$WORK/service.log" | tail -n 1)"
  stop_service
  start_service
}

SEQ=0
# post_one <n> <tag>: one new report of county n (round-robin), issuer named by tag; prints "<status> <seconds>"
post_one() {
  local place=${PLACES[$(( 1 + $1 % (${#PLACES[@]} - 1) ))]}
  body "计时部门$2" "$place" | curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 120 -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @- "$BASE/api/v1/reports" || true
}
# time_posts <file>: --posts sequential POSTs after 3 unrecorded warm-up ones
time_posts() {
  : >"$1"
  for (( k = 0; k < POSTS + 3; k++ )); do
    SEQ=$(( SEQ + 1 ))
    out=$(post_one "$SEQ" "$SEQ-$LOADED")
    [[ ${out%% *} == 201 ]] || die "a timed POST answered ${out%% *} $(grep -m 1 -o 'Terminating due to .*' "$WORK/service.log" || true)"
    (( k < 3 )) || echo "${out#* }" >>"$1"
  done
  LOADED=$(( LOADED + POSTS + 3 ))
}
pct() { sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; printf "%.1f", v[i] * 1000 }'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
load_api 20
time_posts "$WORK/small.txt"
SMALL_AT=$LOADED
load_sql "$REPORTS"
time_posts "$WORK/large.txt"
LARGE_AT=$LOADED

log "$WRITERS concurrent writers, $EACH POSTs each"
started=$(date +%s%3N)
for (( w = 0; w < WRITERS; w++ )); do
  ( for (( k = 0; k < EACH; k++ )); do post_one "$(( w * EACH + k ))" "w$w-$k"; done >"$WORK/writer-$w.txt" ) &
done
wait_writers() { for job in $(jobs -p); do [[ $job == "$SERVICE_PID" ]] || wait "$job"; done; }
wait_writers
WALL=$(( $(date +%s%3N) - started ))
cat "$WORK"/writer-*.txt >"$WORK/concurrent.txt"
awk '{ print $2 }' "$WORK/concurrent.txt" >"$WORK/concurrent-times.txt"
CREATED=$(awk '$1 == 201' "$WORK/concurrent.txt" | wc -l)
OTHER=$(awk '$1 != 201 { print $1 }' "$WORK/concurrent.txt" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')
TIMEOUTS=$(grep -c 'TransactionReaper::doCancellations\|rolled back in a different thread' "$WORK/service.log" || true)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(cd "$APP/../.." 2>/dev/null && git rev-parse --short HEAD 2>/dev/null || echo "?")
stop_service

SMALL_P50=$(pct "$WORK/small.txt" 50)
LARGE_P50=$(pct "$WORK/large.txt" 50)
cat <<EOF
### $(date -u '+%Y-%m-%d %H:%M') UTC, $(basename "$(dirname "$APP")") at ${COMMIT}${BENCH_WRITES_JAVA_OPTS:+ with ${BENCH_WRITES_JAVA_OPTS}}, ${FIGURES} figures per report, load ${LOAD_BEFORE} → ${LOAD_AFTER}

| step | reports under $PREFECTURE in $YEAR | POSTs | p50 ms | p90 ms | max ms |
|---|---|---|---|---|---|
| sequential POST | $SMALL_AT | $POSTS | $SMALL_P50 | $(pct "$WORK/small.txt" 90) | $(pct "$WORK/small.txt" 100) |
| sequential POST | $LARGE_AT | $POSTS | $LARGE_P50 | $(pct "$WORK/large.txt" 90) | $(pct "$WORK/large.txt" 100) |
| $WRITERS concurrent writers | $LARGE_AT+ | $((WRITERS * EACH)) | $(pct "$WORK/concurrent-times.txt" 50) | $(pct "$WORK/concurrent-times.txt" 90) | $(pct "$WORK/concurrent-times.txt" 100) |

- p50 with $LARGE_AT reports / p50 with $SMALL_AT: **$(awk -v a="$LARGE_P50" -v b="$SMALL_P50" 'BEGIN { printf "%.2f", a / b }')×** (goal ≤ 1.5×)
- concurrent: ${CREATED} of $((WRITERS * EACH)) created, other answers: ${OTHER:-none}; transaction timeouts logged: ${TIMEOUTS}; wall time ${WALL} ms
EOF
