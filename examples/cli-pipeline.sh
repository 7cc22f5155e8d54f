#!/usr/bin/env bash
# The command line in a shell pipeline, against the lifecycle mock (no API key, nothing leaves 127.0.0.1):
# piped, `gentask create` prints a JSON line per task ({"provider", "id"}), jq takes the ids,
# `xargs gentask wait` prints one JSON line per task as it finishes, and jq sums them up. One task asks the mock to fail. Exits 1 if the summary is not the expected one.
#
#   bash examples/cli-pipeline.sh            (needs jq: apt-get install jq, brew install jq)
#
# Against the real API, drop the mock and --base-url, and export ACEDATA_API_KEY.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$repository/node_modules/.bin:$PATH" # gentask and gentask-mock, as `npm install` links them
command -v jq >/dev/null || { echo "cli-pipeline.sh needs jq (Debian: apt-get install jq)." >&2; exit 2; }

# Start gentask-mock on a free port and read its URL from its first line; stop it however this script ends.
mock_log="$(mktemp)"
outcomes="$(mktemp)"
mock_pid=""
stop_mock() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  mock_pid=""
}
trap 'stop_mock; rm -f "$mock_log" "$outcomes"' EXIT
trap 'exit 143' TERM INT
url=""
for _attempt in 1 2 3; do
  port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
  gentask-mock --port "$port" --queued-ms 200 --running-ms 600 >"$mock_log" 2>&1 &
  mock_pid=$!
  for _ in $(seq 150); do # up to 15 s
    url="$(grep -o 'http://[0-9.:]*' "$mock_log" | head -n 1 || true)"
    if [ -n "$url" ] || ! kill -0 "$mock_pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  if [ -n "$url" ]; then break; fi
  stop_mock # the port was taken in the meantime: try another
  : >"$mock_log"
done
if [ -z "$url" ]; then echo "gentask-mock did not start" >&2; exit 1; fi
echo "mock: $url"

export ACEDATA_API_KEY=example-key # the mock accepts any key

# The pipeline. `gentask wait` exits 1 because a task failed (xargs then answers 123): the summary says it all.
summary="$(
  for prompt in "a paper boat in the rain" "a red kite over the sea" "a storm at sea [fail]"; do
    gentask create veo --prompt "$prompt" --base-url "$url"
  done |
    jq -r .id |
    xargs gentask wait veo --json --interval 250ms --timeout 1m --base-url "$url" |
    tee "$outcomes" |
    jq --slurp --compact-output '{
      succeeded: map(select(.state == "succeeded" and (.urls | length) > 0)) | length,
      failed: map(select(.state == "failed")) | length,
      other: map(select(.state != "succeeded" and .state != "failed")) | length
    }'
)" || true

cat "$outcomes" # the JSON lines, one per task
echo "summary: $summary"
expected='{"succeeded":2,"failed":1,"other":0}'
if [ "$summary" != "$expected" ]; then
  echo "expected $expected" >&2
  exit 1
fi
