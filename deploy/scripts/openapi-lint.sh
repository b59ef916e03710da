#!/bin/sh
# Lints the OpenAPI document of a running server with Redocly's CLI (recommended rules); exits non-zero on any error.
#   deploy/scripts/openapi-lint.sh [base URL, default http://localhost:8080]
# Installs the pinned CLI once into deploy/target/redocly (npm, never globally); needs node and npm.
set -eu
BASE=${1:-http://localhost:8080}
VERSION=${REDOCLY_CLI_VERSION:-2.77.0}
HERE=$(cd "$(dirname "$0")/.." && pwd)
DIR="$HERE/target/redocly"
mkdir -p "$DIR"
if [ ! -x "$DIR/node_modules/.bin/redocly" ]; then
  npm_config_cache="$DIR/npm-cache" npm install --prefix "$DIR" --no-audit --no-fund --no-save "@redocly/cli@$VERSION"
fi
curl -fsS -H 'Accept: application/yaml' "$BASE/openapi" -o "$DIR/openapi.yaml"
exec "$DIR/node_modules/.bin/redocly" lint "$DIR/openapi.yaml" --format=summary
