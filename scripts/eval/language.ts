/**
 * `npm run --silent eval -- language FILE.jsonl.gz...`
 *
 * How the story-language check (lib/language.ts) splits real text: for documents with a
 * `text` (the entity and quote data, all English news), and for pages with `html` (their
 * article text as Readability extracts it), grouped by the language the page declares.
 * There is no gold language; declared languages are often wrong, so read the "not English"
 * pages declared "en" (and the reverse) by eye with --list.
 */
import { basename } from 'node:path';
import { toolArgs, usageError } from '../lib/args.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import { parseHtml } from '../lib/dom.ts';
import { formatTable } from '../lib/table.ts';
import { round } from '../lib/stats.ts';
import { extractArticle } from '../../lib/story/extract.ts';
import { readsAsEnglish } from '../../lib/story/language.ts';
import { PARAGRAPH_SEPARATOR } from '../../lib/story/analyze.ts';

interface Line {
  id: string;
  url?: string | null;
  text?: string;
  html?: string;
}

export async function run(args: string[]): Promise<void> {
  const usage = 'usage: npm run --silent eval -- language FILE.jsonl.gz... [--list]';
  const { values, positionals: files } = toolArgs(usage, args, { list: { type: 'boolean' } });
  if (!files.length) usageError(usage);
  const list = values.list ?? false;
  const groups = new Map<string, { english: number; other: number }>();
  const count = (group: string, english: boolean) => {
    const g = groups.get(group) ?? { english: 0, other: 0 };
    g[english ? 'english' : 'other']++;
    groups.set(group, g);
  };
  for (const file of files) {
    const name = basename(file).replace(/\.jsonl(\.gz)?$/, '');
    for await (const line of readJsonLines<Line>(file)) {
      if (typeof line.text === 'string') {
        count(`${name} (text)`, readsAsEnglish(line.text));
        continue;
      }
      if (typeof line.html !== 'string') continue;
      const doc = parseHtml(line.html, line.url ?? 'https://example.invalid/');
      const article = extractArticle(doc);
      if (!article) continue;
      const declared = (doc.documentElement.getAttribute('lang') || '?').slice(0, 2).toLowerCase();
      const text = article.paragraphs.join(PARAGRAPH_SEPARATOR);
      const english = readsAsEnglish(text);
      count(`pages declared ${declared}`, english);
      if (list && english !== (declared === 'en')) console.log(`${english ? 'English' : 'not English'}, declared ${declared}: ${line.id}  ${text.slice(0, 70).replace(/\s+/g, ' ')}`);
    }
  }
  const rows = [...groups.entries()].sort((a, b) => b[1].english + b[1].other - (a[1].english + a[1].other));
  console.log(formatTable([['group', 'docs', 'read as English', 'not English'], ...rows.map(([g, c]) => [g, c.english + c.other, c.english, c.other])]));
  console.log(JSON.stringify({ task: 'language', groups: Object.fromEntries(rows.map(([g, c]) => [g, { docs: c.english + c.other, english: c.english, english_share: round(c.english / (c.english + c.other)) }])) }));
}
