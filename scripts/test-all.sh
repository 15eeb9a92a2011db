#!/usr/bin/env bash
# Every check the project has, in order: types, lint, unused code (knip), both builds and
# their zips, the Firefox linter, unit tests, build budgets, and the end-to-end tests in
# Chromium and Firefox. Keeps going after a failure so one run reports everything; ends with
# the totals line "N passed, N failed" (each vitest/e2e test counts once, each other check
# once). Leaves the work tree as it was: everything it writes goes to .tmp/ and .output/.
set -u
cd "$(dirname "$0")/.."
mkdir -p .tmp
passed=0
failed=0
failures=()
not_run=()

check() { # check NAME COMMAND...
  local name=$1; shift
  echo "── $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); failures+=("$name")
    echo "✗ $name failed"
  fi
}

count_json() { # count_json FILE LABEL: adds the passed/failed counts a test runner wrote
  local file=$1 label=$2 p f
  if [ ! -f "$file" ]; then
    failed=$((failed + 1)); failures+=("$label (no results written)")
    return
  fi
  # vitest's JSON report, or the e2e runner's {passed, failed}. A vitest file that fails
  # to load has no tests in it; it counts as one failure.
  read -r p f < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if ("numPassedTests" in r) {
      const broken = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
      console.log(r.numPassedTests, r.numFailedTests + broken);
    } else console.log(r.passed, r.failed);' "$file")
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$f" -gt 0 ]; then failures+=("$label: $f failed"); fi
}

check "typecheck" npx tsc --noEmit
check "lint" npx eslint .
check "unused files, exports and dependencies (knip)" npx knip
check "build (chrome-mv3, firefox-mv3)" npm run --silent build
check "store zips (chrome, firefox + sources)" npm run --silent zip
check "Firefox sources zip rebuilds the Firefox build" bash scripts/check-sources-zip.sh
# Every finding is printed (code, message, file); only errors fail the check.
check "web-ext lint (firefox, no errors)" bash -c 'npx web-ext lint --source-dir .output/firefox-mv3 --output json --no-config-discovery > .tmp/web-ext-lint.json 2>/dev/null; npx tsx scripts/web-ext-lint-report.ts .tmp/web-ext-lint.json'

# A sample of the real pages through the whole analysis (the full sweep is `npm run sweep`),
# when the shared evaluation data is on this machine; the repo never holds a copy of it.
data_dir=${BACKSTORY_DATA:-../shared/data}
if compgen -G "$data_dir/dates/*.jsonl.gz" >/dev/null; then
  for file in "$data_dir"/dates/*.jsonl.gz; do
    check "sweep sample: $(basename "$file") (first 25 pages, no exceptions)" \
      bash -o pipefail -c 'npx tsx scripts/sweep.ts "$1" --limit 25 | tail -n 1' _ "$file"
  done
else
  not_run+=("sweep sample (the whole analysis over the first 25 pages of each $data_dir/dates/*.jsonl.gz)")
fi

echo "── unit and build tests (vitest)"
rm -f .tmp/vitest-results.json
npx vitest run --project unit --project build
count_json .tmp/vitest-results.json "vitest"

echo "── end-to-end tests (Chromium, Firefox)"
rm -f .tmp/e2e-results.json
npx tsx tests/e2e/run.ts
count_json .tmp/e2e-results.json "e2e"

echo
if [ ${#not_run[@]} -gt 0 ]; then
  echo "Not run: the shared evaluation data is not at $data_dir (put it there, or set BACKSTORY_DATA=DIR):"
  printf '  - %s\n' "${not_run[@]}"
fi
if [ ${#failures[@]} -gt 0 ]; then
  echo "Failed:"; printf '  - %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
