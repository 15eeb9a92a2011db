/**
 * Command-line arguments of the scripts, read with node:util's parseArgs, all one way:
 * `--help` (or `-h`) prints the usage and exits 0; an unknown option, a missing value or a
 * bad one prints the problem and the usage and exits 2. Positionals (the files) are allowed.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Strict<O extends Options> = { args: string[]; options: O; allowPositionals: true; strict: true };

/** Prints the problem (if any) and the usage to stderr, and exits 2. */
export function usageError(usage: string, problem?: string): never {
  if (problem) console.error(problem);
  console.error(usage);
  process.exit(2);
}

/** Parses `args` against `options`; see the module comment for help and errors. */
export function toolArgs<const O extends Options>(usage: string, args: string[], options: O): ReturnType<typeof parseArgs<Strict<O>>> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(usage, error instanceof Error ? error.message : String(error));
  }
}

/** A number option's value (`fallback` when absent); a value that is not a number is a usage error. */
export function numberOption(usage: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isFinite(n) && value.trim() !== '' ? n : usageError(usage, `--${name} wants a number, got "${value}"`);
}

/** A choice option's value (undefined when absent); anything outside `choices` is a usage error. */
export function choiceOption<C extends string>(usage: string, name: string, value: string | undefined, choices: readonly C[]): C | undefined {
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as C | undefined;
  return usageError(usage, `--${name} takes ${choices.join(' or ')}, got "${value}"`);
}

/**
 * Arguments of the tools that read page files: `FILE.jsonl.gz... [--limit N]`.
 * Prints the usage line and exits when no file is given.
 */
export function pageFileArgs(argv: string[], tool: string): { files: string[]; limit: number } {
  const usage = `usage: npm run --silent ${tool} -- FILE.jsonl.gz... [--limit N]`;
  const { values, positionals } = toolArgs(usage, argv, { limit: { type: 'string' } });
  if (!positionals.length) usageError(usage);
  return { files: positionals, limit: numberOption(usage, 'limit', values.limit, Infinity) };
}
