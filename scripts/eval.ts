/**
 * `npm run --silent eval -- <task> FILE.jsonl.gz... [options]`
 * Scores lib/ against gold data. Tasks: dates, entities, quotes, attributions, popup (what the popup lists, against popup gold); stories (whether the banner shows on stories only); language (how the
 * story-language check splits real text). Each task prints a
 * human-readable table and, as its very last line, one JSON object with the figures.
 * A task is a module in scripts/eval/ with `run(args)`: add it as one line below.
 */
import { usageError } from './lib/args.ts';

const tasks: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  dates: () => import('./eval/dates.ts'),
  entities: () => import('./eval/entities.ts'),
  quotes: () => import('./eval/quotes.ts'),
  attributions: () => import('./eval/attributions.ts'),
  language: () => import('./eval/language.ts'),
  popup: () => import('./eval/popup.ts'),
  stories: () => import('./eval/stories.ts'),
};

const [task, ...args] = process.argv.slice(2);
const usage = `usage: npm run --silent eval -- <${Object.keys(tasks).join('|')}> FILE.jsonl.gz... [options]   (TASK --help: its options)`;
if (task === '--help' || task === '-h') {
  console.log(usage);
  process.exit(0);
}
const load = task ? tasks[task] : undefined;
if (!load) usageError(usage, task ? `unknown task: ${task}` : undefined);
await (await load()).run(args);
