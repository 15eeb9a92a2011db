/**
 * `tsx scripts/web-ext-lint-report.ts FILE.json`: prints web-ext lint's JSON report one
 * finding a line (errors, warnings, notices: code, message, file:line:column), then the
 * summary. Exit code 1 when there is an error (warnings are printed for review, not failed).
 */
import { readFileSync } from 'node:fs';

interface Finding {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/web-ext-lint-report.ts FILE.json');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
const where = (f: Finding) => [f.file, f.line, f.column].filter((x) => x !== undefined).join(':') || '-';
for (const [kind, findings] of [['error', report.errors], ['warning', report.warnings], ['notice', report.notices]] as const) {
  for (const f of findings) console.log(`  ${kind}: ${f.code} — ${f.message} (${where(f)})`);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors ? 1 : 0);
