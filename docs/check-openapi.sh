#!/usr/bin/env bash
# Checks docs/openapi.yaml, the OpenAPI document the service serves (OpenApiTest fails when the two differ):
#  - lint: Spectral with docs/.spectral.yaml; any error or warning fails;
#  - use: a TypeScript client generated from it with openapi-generator compiles in strict mode, and its calls
#    are named for the use cases (getActivity, not apiV1ActivitiesIdGet).
# Needs Node.js with npm, and a JDK; the generator comes from Maven Central through the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."

GENERATOR_VERSION=7.25.0
WORK=target/openapi-check
rm -rf "$WORK"
mkdir -p "$WORK"

(cd docs && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

echo "Spectral: docs/openapi.yaml"
docs/node_modules/.bin/spectral lint docs/openapi.yaml --ruleset docs/.spectral.yaml --fail-severity=warn

echo "openapi-generator $GENERATOR_VERSION: TypeScript client"
./mvnw --quiet --non-recursive dependency:copy \
  -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" -DoutputDirectory="$WORK"
java -jar "$WORK/openapi-generator-cli-$GENERATOR_VERSION.jar" generate --generator-name typescript-fetch \
  --input-spec docs/openapi.yaml --output "$WORK/client" >"$WORK/generator.log" 2>&1 \
  || { cat "$WORK/generator.log" >&2; exit 1; }
docs/node_modules/.bin/tsc --strict --noEmit --target es2020 --module es2020 --moduleResolution node \
  --lib es2020,dom "$WORK/client/index.ts"

calls=$(sed -nE 's/^ *operationId: *"?([A-Za-z]+)"?$/\1/p' docs/openapi.yaml)
[ -n "$calls" ] || { echo "docs/openapi.yaml names no operationId" >&2; exit 1; }
for call in $calls; do
  grep -rqE "async ${call}\(" "$WORK/client/apis" || { echo "the generated client has no call $call" >&2; exit 1; }
done
echo "The generated client compiles and names its calls for the use cases."
