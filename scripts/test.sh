#!/usr/bin/env bash
# The whole test suite: installs what it needs, builds both browser packages,
# runs unit and real-browser tests, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-browsers.sh || { echo "could not install the browsers"; echo "0 passed, 1 failed"; exit 1; }
[ -d node_modules ] || npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent build >/tmp/x2fa-build.log 2>&1 || { cat /tmp/x2fa-build.log; echo "0 passed, 1 failed"; exit 1; }
npx tsc --noEmit || { echo "type check failed"; echo "0 passed, 1 failed"; exit 1; }
# Lint, formatting and unused-code problems do not stop the tests; each counts as one failure in the closing line.
checks_failed=0
npx eslint . || { echo "lint failed (npm run lint; npm run lint:fix fixes some)"; checks_failed=$((checks_failed + 1)); }
npx prettier --check --log-level warn . || { echo "formatting check failed (npm run format)"; checks_failed=$((checks_failed + 1)); }
npx knip || { echo "unused files, exports or dependencies (npm run unused)"; checks_failed=$((checks_failed + 1)); }

report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const failed = Number(process.argv[2]) + r.numFailedTests + (r.numFailedTestSuites ? r.testResults.filter(s => s.status === "failed" && s.assertionResults.length === 0).length : 0);
  console.log(`${r.numPassedTests} passed, ${failed} failed`);
' "$report" "$checks_failed" 2>/dev/null || { echo "0 passed, $((checks_failed + 1)) failed"; status=1; }
rm -f "$report"
[ "$checks_failed" -eq 0 ] || status=1
exit $status
