#!/usr/bin/env bash
# Does a stop (SIGTERM) deliver an answer in progress whole? Runs the packaged service as the Dockerfile
# does (java @docker/jvm.options … quarkus-run.jar, MALLOC_ARENA_MAX=2), downloads one large CSV answer
# as a reference, then downloads it again at a limited rate, sends SIGTERM mid-answer, and checks:
#   1. the bytes received equal the reference (size and SHA-256), and curl saw a complete chunked answer;
#   2. a request that arrives during the shutdown gets 503 (not a reset or a refused connection);
#   3. the JVM then exits (its exit status and the seconds from SIGTERM to exit are printed).
# Not part of ./mvnw verify: it needs a generated dataset and takes minutes.
#
#   src/main/scripts/shutdown-under-load.sh [--generate] [--build] [--rate 12M] [--at 0.25]
#
# Options:
#   --generate   (re)generate the dataset into the schema first (--scale 0.09, about 1M observations)
#   --build      package the service first even if target/quarkus-app/quarkus-run.jar exists
#   --rate R     curl --limit-rate of the interrupted download (default 12M: a 90 MB answer takes ~7 s)
#   --at F       send SIGTERM when this share of the reference's bytes has arrived (default 0.25)
# Environment: SHUTDOWN_SCHEMA (disclosure_ops), SHUTDOWN_PORT (18096), SHUTDOWN_JAVA_OPTS (-Xmx1g),
#   SHUTDOWN_URL (the path and query of the large answer), PGUSER (postgres), PGPORT (5432).
#
# Why a larger heap than docker/jvm.options' 128 MB: the totals answer is built in memory before it is
# written (about 1M rows for 90 MB of CSV), which needs several hundred MB; the deployed heap cannot hold
# it. What is tested here is the shutdown, which does not depend on the heap's size.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"

GENERATE=0
BUILD=0
RATE=12M
AT=0.25
while [[ $# -gt 0 ]]; do
  case "$1" in
    --generate) GENERATE=1 ;;
    --build) BUILD=1 ;;
    --rate) RATE=${2:?--rate needs a rate}; shift ;;
    --at) AT=${2:?--at needs a share}; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

SCHEMA=${SHUTDOWN_SCHEMA:-disclosure_ops}
PORT=${SHUTDOWN_PORT:-18096}
JAVA_OPTS=${SHUTDOWN_JAVA_OPTS:--Xmx1g}
METRICS="metric=req.new.total&metric=pro.items&metric=pro.rules.issued&metric=pro.rules.in_force&metric=pro.normative_docs.issued"
METRICS="$METRICS&metric=pro.normative_docs.in_force&metric=cap.inspection_points&metric=cap.trainees&metric=pro.category_items&metric=lreq.listed_items"
URL_PATH=${SHUTDOWN_URL:-/api/v1/aggregates/totals?$METRICS&by=county&yearFrom=2000&yearTo=2025&includeMissing=true&format=csv}
BASE=http://127.0.0.1:$PORT
export PGHOST=127.0.0.1 PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
[[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "SHUTDOWN_SCHEMA must be a plain identifier" >&2; exit 2; }

WORK=$ROOT/target/shutdown-run
rm -rf "$WORK"
mkdir -p "$WORK"
SERVICE_PID=
cleanup() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if [[ $GENERATE -eq 1 ]]; then
  ./mvnw -q -Pgenerate compile exec:java -Dgenerate.args="--schema $SCHEMA --scale 0.09 --truncate"
fi
if [[ $BUILD -eq 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -B -q package -DskipTests
fi
observations=$(psql -Atc "select count(*) from $SCHEMA.observation" 2>/dev/null || echo 0)
[[ "$observations" -gt 100000 ]] || { echo "schema $SCHEMA holds $observations observations: run with --generate" >&2; exit 2; }

start_service() {
  DB_SCHEMA=$SCHEMA PORT=$PORT MALLOC_ARENA_MAX=2 \
    java @docker/jvm.options $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$WORK/service-$1.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "$BASE/q/health/ready"; then return 0; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service exited at start; see $WORK/service-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the service was not ready within 120 s" >&2; exit 1
}

size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }

start_service 1
echo "service up (pid $SERVICE_PID, schema $SCHEMA, $observations observations, JVM: @docker/jvm.options $JAVA_OPTS)"
echo "answer: GET $URL_PATH"

# The reference: the same answer, downloaded in full while nothing stops.
curl -s -o "$WORK/reference.csv" -w '%{http_code} %{size_download} %{time_total}\n' "$BASE$URL_PATH" >"$WORK/reference.status"
read -r ref_code ref_size ref_time <"$WORK/reference.status"
[[ "$ref_code" == 200 ]] || { echo "the reference download answered $ref_code" >&2; exit 1; }
ref_sha=$(sha256sum "$WORK/reference.csv" | cut -d' ' -f1)
printf 'reference: %s bytes (%.1f MB) in %s s, sha256 %s\n' "$ref_size" "$(echo "$ref_size / 1048576" | bc -l)" "$ref_time" "${ref_sha:0:16}"

# The same answer at a limited rate; SIGTERM once a share of it has arrived.
threshold=$(printf '%.0f' "$(echo "$ref_size * $AT" | bc -l)")
curl -s -o "$WORK/interrupted.csv" --limit-rate "$RATE" -w '%{http_code} %{size_download} %{time_total}\n' "$BASE$URL_PATH" \
  >"$WORK/interrupted.status" 2>"$WORK/interrupted.err" &
download=$!
t0=$(date +%s.%N)
while [[ $(size_of "$WORK/interrupted.csv") -lt $threshold ]]; do
  kill -0 $download 2>/dev/null || break
  sleep 0.05
done
at_signal=$(size_of "$WORK/interrupted.csv")
t_signal=$(date +%s.%N)
kill -TERM "$SERVICE_PID"
printf 'SIGTERM after %.1f s of the download, %s bytes received (%.0f%%)\n' "$(echo "$t_signal - $t0" | bc -l)" "$at_signal" \
  "$(echo "100 * $at_signal / $ref_size" | bc -l)"

# A request that arrives during the shutdown, on a new connection.
sleep 0.5
late=$(curl -s -o "$WORK/late.body" -w '%{http_code}' --max-time 5 "$BASE/api/v1/metrics" 2>"$WORK/late.err" || true)
late_error=$(tr '\n' ' ' <"$WORK/late.err")
echo "a new request 0.5 s after SIGTERM: HTTP ${late:-none} ${late_error}"

download_rc=0
wait $download || download_rc=$?
read -r got_code got_size got_time <"$WORK/interrupted.status" || true
got_sha=$(sha256sum "$WORK/interrupted.csv" | cut -d' ' -f1)
exit_rc=0
wait "$SERVICE_PID" || exit_rc=$?
t_exit=$(date +%s.%N)
SERVICE_PID=
printf 'interrupted download: HTTP %s, %s bytes in %s s, curl exit %s, sha256 %s\n' "$got_code" "$got_size" "$got_time" "$download_rc" "${got_sha:0:16}"
printf 'JVM exited with status %s, %.1f s after SIGTERM\n' "$exit_rc" "$(echo "$t_exit - $t_signal" | bc -l)"
grep -h "GracefulShutdownFilter\|stopped in" "$WORK/service-1.log" | tail -3 | cut -c1-200 || true
echo "access log of the two answers (query left out):"
grep -h "access-log.*status=[0-9]* bytes=[0-9]\{7,\}" "$WORK/service-1.log" | sed 's/ query="[^"]*"//' | cut -c1-260 || true

ok=1
if [[ "$got_size" == "$ref_size" && "$got_sha" == "$ref_sha" && $download_rc -eq 0 ]]; then
  echo "PASS the answer in progress was delivered whole"
else
  echo "FAIL the answer in progress was cut ($got_size of $ref_size bytes, curl exit $download_rc: $(tr '\n' ' ' <"$WORK/interrupted.err"))"; ok=0
fi
if [[ "$late" == 503 ]]; then
  echo "PASS a request during the shutdown got 503"
else
  echo "FAIL a request during the shutdown got ${late:-no answer} ${late_error}"; ok=0
fi
if [[ $at_signal -ge $ref_size ]]; then
  echo "FAIL the answer was complete before SIGTERM: lower --rate"; ok=0
fi
echo "uptime: $(uptime)"
[[ $ok -eq 1 ]]
