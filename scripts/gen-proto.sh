#!/usr/bin/env bash
# Regenerates src/proto/generated.{js,d.ts} from proto/ with protobufjs-cli.
# 64-bit integers are forced to JS numbers (all our 64-bit fields are ms, bytes
# or credits, far below 2^53). Every .proto file of proto/ailee/v1 goes into the
# one generated module; imports resolve from proto/ (as with protoc --proto_path=proto).
set -euo pipefail
cd "$(dirname "$0")/.."
npx pbjs -t static-module -w es6 --es6 --force-number --no-verify --no-delimited --no-typeurl \
  -p proto -o src/proto/generated.js proto/ailee/v1/task.proto proto/ailee/v1/sync.proto
npx pbts --no-comments -o src/proto/generated.d.ts src/proto/generated.js
