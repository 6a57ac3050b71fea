#!/usr/bin/env bash
# Load and faults (hostile input, memory, database restart), bounded in time, against 127.0.0.1 only:
# the service runs as deployed (java @docker/jvm.options, MALLOC_ARENA_MAX=2) on a private PostgreSQL
# cluster of its own (created on first use, restarted by the script; the shared database is never
# touched), and the figures are printed.
#
#   src/main/scripts/load-and-faults.sh [--build] [--duration 15] [--restart-only]
#   (--restart-only: only the database restart, for a machine too busy for the load runs)
#
# What it prints:
#   - wrk (2 threads) on the totals and on one report (each after a 3 s unmeasured warm-up), at 64 and at 256 connections: requests/s, p50,
#     p99, socket timeouts (wrk's 2 s), 5xx; the service's peak RSS during each 256-connection run;
#   - the memory cases: two concurrent 16 MB JSON POSTs, four of 8 MB, a 20 MB chunked body, a 4 MB
#     and a 300,000-character import of sentences without digits; status codes, and whether the JVM is up;
#   - the database restart: statuses while the database is down, the time from its return to the first
#     200, and the first 20 reads after it.
# Environment: FAULTS_PORT (5499: the private cluster), FAULTS_SERVICE_PORT (18301), FAULTS_SCHEMA (dev_hardening).
# Needs: root (to create the cluster with pg_createcluster), wrk, curl, openssl, python3, Java 17.
# The service and its cluster are stopped at the end; nothing is left running.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"
BUILD=0
DURATION=15
RESTART_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) BUILD=1 ;;
    --duration) DURATION=${2:?}; shift ;;
    --restart-only) RESTART_ONLY=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 60 ]] || { echo "--duration must be 1..60" >&2; exit 2; }

PGPORT_FAULTS=${FAULTS_PORT:-5499}
PORT=${FAULTS_SERVICE_PORT:-18301}
SCHEMA=${FAULTS_SCHEMA:-dev_hardening}
BASE=http://127.0.0.1:$PORT
WORK=$ROOT/target/faults-run
rm -rf "$WORK"; mkdir -p "$WORK"
SERVICE_PID=""
STARTED_CLUSTER=0

cleanup() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; fi
  if [[ $STARTED_CLUSTER == 1 ]]; then pg_ctlcluster 15 faults stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# --- the private cluster -------------------------------------------------------------------------------
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx faults; then
  pg_createcluster 15 faults --port "$PGPORT_FAULTS" -- --auth-local=trust --auth-host=trust >/dev/null
fi
pg_ctlcluster 15 faults start 2>/dev/null || true
STARTED_CLUSTER=1
until pg_isready -q -h 127.0.0.1 -p "$PGPORT_FAULTS"; do sleep 0.2; done

# --- the service ----------------------------------------------------------------------------------------
if [[ $BUILD == 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then ./mvnw -B -q package -DskipTests; fi
start_service() {
  ( cd target/quarkus-app && DB_URL=jdbc:postgresql://127.0.0.1:$PGPORT_FAULTS/postgres DB_SCHEMA=$SCHEMA PORT=$PORT \
    JWT_PUBLIC_KEY_LOCATION=$ROOT/src/test/resources/test-keys/publicKey.pem JWT_ISSUER=https://test.disclosure-stats.local \
    MALLOC_ARENA_MAX=2 exec java @"$ROOT"/docker/jvm.options -jar quarkus-run.jar ) > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service exited; see $WORK/service.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "the service did not become ready" >&2; exit 1
}
start_service
rss() { ps -o rss= -p "$SERVICE_PID" 2>/dev/null | awk '{printf "%d", $1/1024}'; }
alive() { kill -0 "$SERVICE_PID" 2>/dev/null && echo up || echo DOWN; }

# A test-key admin token (the test key pair verifies only in this setup).
TOKEN=$(python3 - "$ROOT/src/test/resources/test-keys/privateKey.pem" <<'PY'
import base64, json, subprocess, sys, time
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b'=').decode()
now = int(time.time())
head = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
body = b64(json.dumps({"iss": "https://test.disclosure-stats.local", "sub": "load-and-faults", "groups": ["admin"], "iat": now - 60, "exp": now + 3600}).encode())
sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", sys.argv[1]], input=(head + "." + body).encode(), capture_output=True, check=True).stdout
print(head + "." + body + "." + b64(sig))
PY
)

# --- load ------------------------------------------------------------------------------------------------
if [[ $RESTART_ONLY == 0 ]]; then
cat > "$WORK/status.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) s5 = 0 end
function response(status, headers, body) if status >= 500 then s5 = s5 + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("s5") end
  io.write(string.format("FIGURES rps=%.0f p50=%.1fms p99=%.1fms timeouts=%d 5xx=%d requests=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.timeout, total, summary.requests))
end
LUA
TOTALS="/api/v1/aggregates/totals?metric=lreq.received&by=province&yearFrom=2008&yearTo=2025"
REPORT="/api/v1/reports/1"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "## load (wrk, 2 threads, ${DURATION} s each; RSS in MB; a shared 2-core machine: noisy)"
echo "| request | connections | req/s | p50 | p99 | timeouts | 5xx | peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
for target in "totals $TOTALS" "report $REPORT"; do
  set -- $target
  # A few seconds of the same request first, unmeasured: the figures are of a service that has served this
  # request before (its classes loaded and compiled, its pool connections open), as in production.
  wrk -t2 -c16 -d3s "$BASE$2" > /dev/null 2>&1 || true
  for conns in 64 256; do
    peak=0
    ( while sleep 0.5; do r=$(rss); [[ -n "$r" ]] && echo "$r"; done ) > "$WORK/rss-$1-$conns" &
    SAMPLER=$!
    line=$(wrk -t2 -c"$conns" -d"${DURATION}s" --latency -s "$WORK/status.lua" "$BASE$2" 2>&1 | grep FIGURES || true)
    kill "$SAMPLER" 2>/dev/null; wait "$SAMPLER" 2>/dev/null || true
    peak=$(sort -n "$WORK/rss-$1-$conns" | tail -1)
    echo "$line" | sed -E "s/FIGURES rps=([0-9]+) p50=([^ ]+) p99=([^ ]+) timeouts=([0-9]+) 5xx=([0-9]+).*/| $1 | $conns | \1 | \2 | \3 | \4 | \5 | ${peak} |/"
  done
done

# --- memory cases ----------------------------------------------------------------------------------------
echo
echo "## memory cases (status codes; the JVM must stay up)"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
for mb in (16, 8):
    text = '政' * ((mb * 1024 * 1024 - 400) // 3)
    json.dump({'issuerName': 'x', 'issuerKind': 'government', 'division': '650100', 'year': 2021, 'scope': 'self', 'edition': '2021',
               'title': 't', 'text': text}, open(f'{work}/body{mb}.json', 'w'), ensure_ascii=False)
json.dump({'issuerName': 'y', 'text': '政' * (20 * 1024 * 1024 // 3)}, open(f'{work}/body20.json', 'w'), ensure_ascii=False)
open(f'{work}/import4m.txt', 'w').write(''.join('第%s句话没有任何数字内容。' % '甲乙丙丁'[i % 4] for i in range(100_000))[:1_400_000])
open(f'{work}/import300k.txt', 'w').write('某某市人民政府2021年政府信息公开工作年度报告\n' + '第一句话没有任何数字内容。' * 23_000)
open(f'{work}/import-limit.txt', 'w').write('某某市人民政府2020年政府信息公开工作年度报告\n' + '第二句话没有任何数字内容。' * 7_600)
for i in range(1, 5):  # four different documents (the same bytes twice are recognised, not read again)
    open(f'{work}/import-c{i}.txt', 'w').write('某某市人民政府2020年政府信息公开工作年度报告\n' + ('第%s句话没有任何数字内容。' % '甲乙丙丁'[i - 1]) * 7_600)
PY
post() { curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer $TOKEN" "$@"; }
concurrent() { local n=$1; shift; local out=""; for i in $(seq 1 "$n"); do post "$@" > "$WORK/c$i" & done; wait; for i in $(seq 1 "$n"); do out="$out $(cat "$WORK/c$i")"; done; echo "$out"; }
echo "- two concurrent 16 MB JSON POSTs:$(concurrent 2 -H 'Content-Type: application/json' --data-binary @"$WORK/body16.json" "$BASE/api/v1/reports") (JVM $(alive), RSS $(rss) MB)"
echo "- four concurrent 8 MB JSON POSTs:$(concurrent 4 -H 'Content-Type: application/json' --data-binary @"$WORK/body8.json" "$BASE/api/v1/reports") (JVM $(alive), RSS $(rss) MB)"
echo "- a 20 MB chunked JSON POST: $(post -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' -X POST --data-binary @- "$BASE/api/v1/reports" < "$WORK/body20.json") (JVM $(alive))"
echo "- a 4 MB plain-text import (100,000 sentences without digits): $(post -H 'Content-Type: text/plain' --data-binary @"$WORK/import4m.txt" "$BASE/api/v1/imports?division=650100&year=2021&scope=self") (JVM $(alive))"
t0=$(date +%s.%N)
code=$(post -H 'Content-Type: text/plain' --data-binary @"$WORK/import300k.txt" "$BASE/api/v1/imports?division=650100&year=2021&scope=self")
echo "- a 300,000-character import: $code in $(python3 -c "print(round($(date +%s.%N)-$t0,1))") s (JVM $(alive))"
t0=$(date +%s.%N)
code=$(post -H 'Content-Type: text/plain' --data-binary @"$WORK/import-limit.txt" "$BASE/api/v1/imports?division=650102&year=2020&scope=self")
echo "- an import just under the text limit (98,800 characters of sentences without digits): $code in $(python3 -c "print(round($(date +%s.%N)-$t0,1))") s"
t0=$(date +%s.%N)
pids=()
for i in 1 2 3 4; do post -H 'Content-Type: text/plain' --data-binary @"$WORK/import-c$i.txt" "$BASE/api/v1/imports?division=650103&year=2020&scope=self" > "$WORK/c$i" & pids+=($!); done
wait "${pids[@]}" # only these: a bare wait would also wait for the service, which runs in the background too
echo "- four such imports at once: $(for i in 1 2 3 4; do printf '%s ' "$(cat "$WORK/c$i")"; done)in $(python3 -c "print(round($(date +%s.%N)-$t0,1))") s (JVM $(alive), RSS $(rss) MB)"
echo "- the service afterwards: GET $REPORT $(curl -s -o /dev/null -w '%{http_code}' "$BASE$REPORT")"

fi

# --- database restart --------------------------------------------------------------------------------------
echo
echo "## database restart (private cluster on port $PGPORT_FAULTS)"
for _ in 1 2 3 4; do curl -s -o /dev/null "$BASE/api/v1/reports/1/revisions"; done
pg_ctlcluster 15 faults stop -m fast
sleep 2
down=""; for _ in $(seq 1 10); do down="$down $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/reports/1/revisions")"; done
retry=$(curl -s -D - -o /dev/null "$BASE/api/v1/reports/1/revisions" | tr -d '\r' | awk -F': ' 'tolower($1)=="retry-after"{print $2}')
echo "- 10 reads while it is down:$down (Retry-After: ${retry:-none})"
echo "- readiness while down: $(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")"
pg_ctlcluster 15 faults start
until pg_isready -q -h 127.0.0.1 -p "$PGPORT_FAULTS"; do sleep 0.05; done
back=$(date +%s.%N)
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/reports/1/revisions") == 200 ]]; do sleep 0.05; done
echo "- first 200 after the database accepted connections again: $(python3 -c "print(round($(date +%s.%N)-$back,2))") s"
after=""; for _ in $(seq 1 20); do after="$after $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/reports/1/revisions")"; done
echo "- the next 20 reads:$after"
echo "- JVM $(alive), RSS $(rss) MB; out-of-memory in the log: $(grep -c OutOfMemoryError "$WORK/service.log" || true)"
