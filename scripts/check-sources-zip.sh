#!/usr/bin/env bash
# The Firefox sources zip (what addons.mozilla.org reviewers rebuild from) really rebuilds
# the Firefox build: unzip it in a fresh folder, install, build, and compare file by file.
set -euo pipefail
cd "$(dirname "$0")/.."
zip=$(ls .output/*-sources.zip 2>/dev/null | head -1)
[ -n "$zip" ] || { echo "no sources zip: run npm run zip first"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npx wxt build -b firefox >/dev/null)
if diff -r "$work/.output/firefox-mv3" .output/firefox-mv3 >/dev/null; then
  echo "sources zip rebuilds .output/firefox-mv3 exactly ($(find .output/firefox-mv3 -type f | wc -l) files)"
else
  diff -rq "$work/.output/firefox-mv3" .output/firefox-mv3 | head -20
  exit 1
fi
