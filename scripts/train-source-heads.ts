/**
 * `npx tsx scripts/train-source-heads.ts [--train FILE] [--out FILE] [--min-count N]`
 *
 * Writes lib/story/quotes/source-heads.json: the head words (source-heads.ts `headOf`) of
 * the sources PolNeAR's annotators marked in train that are descriptions, not names (the head in
 * lower case: "officials", "a spokeswoman for the agency", "the poll"), seen at least N times
 * (default 2). Pronouns and determiners are left out: a source the popup shows is never one.
 * Deterministic (sorted); polnear-dev is not read.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { headOf } from '../lib/story/quotes/source-heads.ts';
import { DETERMINERS, POSSESSIVES, SPEAKER_PRONOUNS } from '../lib/story/quotes/lexicon.ts';
import { readJsonLines } from './lib/jsonl.ts';

const { values: opts } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/attributions/polnear-train.jsonl.gz' },
    out: { type: 'string', default: 'lib/story/quotes/source-heads.json' },
    'min-count': { type: 'string', default: '2' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log('usage: npx tsx scripts/train-source-heads.ts [--train FILE] [--out FILE] [--min-count N]');
  process.exit(0);
}

const NOT_HEADS = new Set([...DETERMINERS, ...POSSESSIVES, ...SPEAKER_PRONOUNS, 'him', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'whom', 'whose', 'that']);

interface Doc { text: string; attributions: { source: { start: number; end: number; text: string }[] }[] }

const counts = new Map<string, number>();
for await (const doc of readJsonLines<Doc>(opts.train!)) {
  for (const a of doc.attributions) {
    if (a.source.length === 0) continue;
    const phrase = doc.text.slice(a.source[0]!.start, a.source[a.source.length - 1]!.end);
    const head = headOf(phrase);
    const written = phrase.split(/\s+/u).find((w) => w.toLowerCase().includes(head));
    if (head === '' || NOT_HEADS.has(head) || !written || !/^\p{Ll}/u.test(written)) continue;
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
}
const heads = [...counts].filter(([, n]) => n >= Number(opts['min-count'])).map(([h]) => h).sort();
writeFileSync(opts.out!, JSON.stringify({ source: 'PolNeAR train: lower-case heads of annotated sources', minCount: Number(opts['min-count']), heads }) + '\n');
console.error(`${heads.length} heads (of ${counts.size} seen) → ${opts.out}`);
