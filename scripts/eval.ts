/**
 * `npm run --silent eval -- <task> FILE.jsonl.gz... [options]`
 * Scores lib/ against gold data. Tasks: dates, entities, quotes; stories (whether the banner shows on stories only); language (how the
 * story-language check splits real text). Each task prints a
 * human-readable table and, as its very last line, one JSON object with the figures.
 */
const tasks: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  dates: () => import('./eval/dates.ts'),
  entities: () => import('./eval/entities.ts'),
  quotes: () => import('./eval/quotes.ts'),
  language: () => import('./eval/language.ts'),
  stories: () => import('./eval/stories.ts'),
};

const [task, ...args] = process.argv.slice(2);
const load = task ? tasks[task] : undefined;
if (!load) {
  console.error(`usage: npm run --silent eval -- <${Object.keys(tasks).join('|')}> FILE.jsonl.gz... [options]`);
  process.exit(2);
}
await (await load()).run(args);
