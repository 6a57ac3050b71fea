#!/usr/bin/env bash
# Imports every report document of a folder into a running disclosure-stats service, one draft per file.
#
#   DISCLOSURE_TOKEN=<JWT of a publisher> src/main/scripts/import-folder.sh <folder> [query parameters]
#
#   src/main/scripts/import-folder.sh ./reports/2021 'division=650100&scope=aggregate'
#
# Files ending in .html/.htm are sent as text/html, .pdf as application/pdf, .txt as text/plain; others are
# skipped. The query parameters (division, year, scope, issuer, issuerKind) apply to every file and are only
# needed for what the documents do not say themselves. A file imported before (same bytes) is recognised by
# the service and reported as "duplicate of import N"; nothing is stored twice. Nothing is published: review
# the drafts (GET /api/v1/imports/{id}), then POST /api/v1/reports/{reportId}:publish.
#
# Environment: DISCLOSURE_URL (default http://localhost:8080), DISCLOSURE_TOKEN (sent as a Bearer token when set).
# Exit status: 0 when every file was imported or recognised, 1 when any failed.
set -euo pipefail

folder=${1:?usage: import-folder.sh <folder> [query parameters such as division=650100&scope=aggregate]}
params=${2:-}
base=${DISCLOSURE_URL:-http://localhost:8080}
auth=()
if [[ -n "${DISCLOSURE_TOKEN:-}" ]]; then
  auth=(-H "Authorization: Bearer ${DISCLOSURE_TOKEN}")
fi

# Percent-encodes the values of name=value&name=value (issuer names are Chinese).
urlencode() {
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case "$c" in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}
query=""
if [[ -n "$params" ]]; then
  IFS='&' read -ra pairs <<< "$params"
  for pair in "${pairs[@]}"; do
    query+="${query:+&}${pair%%=*}=$(urlencode "${pair#*=}")"
  done
fi

failed=0
shopt -s nullglob nocaseglob
for file in "$folder"/*; do
  [[ -f "$file" ]] || continue
  case "${file,,}" in
    *.html|*.htm) type="text/html" ;;
    *.pdf) type="application/pdf" ;;
    *.txt) type="text/plain; charset=UTF-8" ;;
    *) echo "skip     $file (not .html, .pdf or .txt)"; continue ;;
  esac
  body=$(mktemp)
  status=$(curl -sS -o "$body" -w '%{http_code}' -X POST "${auth[@]}" -H "Content-Type: ${type}" \
    --data-binary "@${file}" "${base}/api/v1/imports${query:+?${query}}") || status=000
  field() { grep -o "\"$1\":[^,}]*" "$body" | head -n 1 | cut -d: -f2- | tr -d '"' || true; }
  case "$status" in
    201) echo "draft    $file: import $(field id), report $(field reportId), edition $(field edition), $(grep -o '"metric":' "$body" | wc -l) figure(s)" ;;
    200) echo "known    $file: duplicate of import $(field duplicateOf)" ;;
    *) echo "FAILED   $file: HTTP $status $(tr -d '\n' < "$body" | cut -c1-400)"; failed=1 ;;
  esac
  rm -f "$body"
done
exit $failed
