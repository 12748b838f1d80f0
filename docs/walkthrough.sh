#!/usr/bin/env bash
# The README's "First five minutes", as a script: every command the README shows is run here, in order, against
# a running service (`./mvnw quarkus:dev` by default), and each must answer the status the README shows.
# CI runs it against dev mode and checks that the README shows exactly these commands (docs/check-readme.sh).
#
#   bash docs/walkthrough.sh                  # against http://localhost:8080
#   STRIDE_URL=http://host:8080 bash docs/walkthrough.sh
set -euo pipefail

API="${STRIDE_URL:-http://localhost:8080}/api/v1"
# A fresh address each run: dev mode keeps its accounts in ./data across restarts.
EMAIL="ada.$(date +%s)@example.com"

# Prints the command as the README shows it, runs it, prints the answer (status line and body) and fails unless
# the status is the expected one. The answer's body is left in $BODY for the next step to read from.
step() {
  local expected=$1 command=$2
  printf '\n$ %s\n' "$command"
  local out status
  out=$(eval "$command -s -w '\n%{http_code}'")
  status=${out##*$'\n'}
  BODY=${out%$'\n'*}
  printf '%s\n' "$BODY"
  if [ "$status" != "$expected" ]; then
    printf 'expected HTTP %s, got %s\n' "$expected" "$status" >&2
    exit 1
  fi
}

# The value of a top-level string field of $BODY (no jq needed).
field() {
  printf '%s' "$BODY" | sed -nE "s/.*\"$1\":\"([^\"]*)\".*/\1/p"
}

step 201 'curl -X POST "$API/auth/register" -H "Content-Type: application/json" -d "{\"email\":\"$EMAIL\",\"password\":\"correct-horse-battery\",\"displayName\":\"Ada\"}"'
step 200 'curl -X POST "$API/auth/login" -H "Content-Type: application/json" -d "{\"email\":\"$EMAIL\",\"password\":\"correct-horse-battery\"}"'
ACCESS=$(field accessToken)
REFRESH=$(field refreshToken)
step 201 'curl -X POST "$API/activities" -H "Authorization: Bearer $ACCESS" -H "Content-Type: application/json" -d "{\"activityType\":\"running\",\"durationMinutes\":42,\"distanceKm\":8.5,\"activityDate\":\"$(date -u +%F)\",\"tags\":[\"morning\"]}"'
ID=$(field id)
step 200 'curl "$API/activities?limit=5" -H "Authorization: Bearer $ACCESS"'
step 200 'curl "$API/stats?period=week&from=$(date -u +%F)" -H "Authorization: Bearer $ACCESS"'
step 204 'curl -X DELETE "$API/activities/$ID" -H "Authorization: Bearer $ACCESS"'
step 200 'curl "$API/activities/trash" -H "Authorization: Bearer $ACCESS"'
step 200 'curl -X POST "$API/activities/$ID/restore" -H "Authorization: Bearer $ACCESS"'
step 200 'curl -X POST "$API/auth/refresh" -H "Content-Type: application/json" -d "{\"refreshToken\":\"$REFRESH\"}"'
printf '\nThe walkthrough ran through.\n'
