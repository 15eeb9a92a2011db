/**
 * Arguments of the tools that read page files: `FILE.jsonl.gz... [--limit N]`.
 * Prints the usage line and exits when no file is given.
 */
export function pageFileArgs(argv: string[], tool: string): { files: string[]; limit: number } {
  const files: string[] = [];
  let limit = Infinity;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') limit = Number(argv[++i]);
    else files.push(argv[i]!);
  }
  if (!files.length) {
    console.error(`usage: npm run --silent ${tool} -- FILE.jsonl.gz... [--limit N]`);
    process.exit(2);
  }
  return { files, limit };
}
