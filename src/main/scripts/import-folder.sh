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
    --data-binary "@${file}" "${base}/api/v1/imports${params:+?${params}}") || status=000
  summary=$(sed -E 's/.*"id":([0-9]+),"reportId":([0-9]+).*"edition":"([^"]+)".*/import \1, report \2, edition \3/' "$body" | head -c 200)
  case "$status" in
    201) echo "draft    $file: $summary" ;;
    200) echo "known    $file: duplicate of $(sed -E 's/.*"duplicateOf":([0-9]+).*/import \1/' "$body" | head -c 80)" ;;
    *) echo "FAILED   $file: HTTP $status $(head -c 400 "$body")"; failed=1 ;;
  esac
  rm -f "$body"
done
exit $failed
