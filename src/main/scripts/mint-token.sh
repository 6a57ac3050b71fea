#!/usr/bin/env bash
# Mints an RS256 write token for disclosure-stats with openssl alone (no identity provider needed for a first
# write; in production an identity provider usually issues them).
#
#   src/main/scripts/mint-token.sh PRIVATE_KEY.pem --sub NAME --groups publisher|admin [--divisions 650000,652700]
#                                  [--issuer disclosure-stats] [--hours 8]
#
# Prints the token. The service verifies it with the matching public key (JWT_PUBLIC_KEY_LOCATION) and the
# issuer (JWT_ISSUER); see src/docs/production.md and src/docs/write-api.md for the claims.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '5,6p' "$0" >&2; exit 2; }
key="$1"; shift
sub=""; groups=""; divisions=""; issuer="${JWT_ISSUER:-disclosure-stats}"; hours=8
while [ $# -gt 0 ]; do
  case "$1" in
    --sub) sub="$2"; shift 2 ;;
    --groups) groups="$2"; shift 2 ;;
    --divisions) divisions="$2"; shift 2 ;;
    --issuer) issuer="$2"; shift 2 ;;
    --hours) hours="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -n "$sub" ] && [ -n "$groups" ] || { echo "--sub and --groups are required" >&2; exit 2; }
[[ "$sub$issuer" != *'"'* ]] || { echo "no quotes in --sub or --issuer" >&2; exit 2; }

json_list() { # a,b -> ["a","b"]
  local out="" item
  IFS=',' read -ra items <<<"$1"
  for item in "${items[@]}"; do out="${out:+$out,}\"$item\""; done
  printf '[%s]' "$out"
}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
payload="{\"iss\":\"$issuer\",\"sub\":\"$sub\",\"upn\":\"$sub\",\"groups\":$(json_list "$groups"),\"iat\":$now,\"exp\":$((now + hours * 3600))"
[ -z "$divisions" ] || payload="$payload,\"divisions\":$(json_list "$divisions")"
payload="$payload}"
signing_input="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
