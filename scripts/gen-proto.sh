#!/usr/bin/env bash
# Regenerates src/proto/generated.{js,d.ts} from proto/ with protobufjs-cli.
# 64-bit integers are forced to JS numbers (all our 64-bit fields are ms, bytes
# or credits, far below 2^53).
set -euo pipefail
cd "$(dirname "$0")/.."
npx pbjs -t static-module -w es6 --es6 --force-number --no-verify --no-delimited --no-typeurl \
  -o src/proto/generated.js proto/ailee/v1/task.proto
npx pbts --no-comments -o src/proto/generated.d.ts src/proto/generated.js
