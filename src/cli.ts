/**
 * The `xinwen` command line: `xinwen parse FILE… [--ref DATE] [--text] [--jsonl]`, one Article as JSON per
 * input (or the clean text), errors reported per file with their code.
 */
import { readFileSync } from 'node:fs';
import { cac } from 'cac';
import { parseArticle } from './article/index.js';
import { XinwenError } from './errors.js';
import type { ParseOptions } from './types.js';

interface ParseFlags {
  ref?: string;
  text?: boolean;
  tokens?: boolean;
  encoding?: string;
  format?: ParseOptions['format'];
  script?: ParseOptions['script'];
  jsonl?: boolean;
}

function readInput(file: string): Uint8Array {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

function run(files: string[], flags: ParseFlags): number {
  let failures = 0;
  for (const file of files.length > 0 ? files : ['-']) {
    try {
      const article = parseArticle(readInput(file), {
        referenceDate: flags.ref,
        tokens: flags.tokens,
        encoding: flags.encoding,
        format: flags.format,
        script: flags.script,
      });
      if (flags.text) process.stdout.write(article.text + '\n');
      else process.stdout.write((flags.jsonl || files.length > 1 ? JSON.stringify(article) : JSON.stringify(article, null, 2)) + '\n');
    } catch (error) {
      failures++;
      const code = error instanceof XinwenError ? error.code : 'E_IO';
      process.stderr.write(`xinwen: ${file}: ${code}: ${(error as Error).message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

const cli = cac('xinwen');
cli
  .command('parse [...files]', 'Parse news pages (files, or - for standard input) and print each Article as JSON')
  .option('--ref <date>', 'Reference date (YYYY-MM-DD) for dates written without a year')
  .option('--text', 'Print only the clean text')
  .option('--jsonl', 'One Article per line')
  .option('--tokens', 'Include segmented tokens')
  .option('--encoding <name>', 'Encoding of the input bytes (default: detected)')
  .option('--format <format>', 'auto | html | text', { default: 'auto' })
  .option('--script <script>', 'original | simplified | traditional', { default: 'original' })
  .example('xinwen parse page.html --ref 2023-07-23')
  .action((files: string[], flags: ParseFlags) => {
    process.exitCode = run(files, flags);
  });
cli.help();
cli.version('0.1.0');

try {
  cli.parse(process.argv, { run: false });
  if (!cli.matchedCommand) {
    if (cli.args.length > 0 || process.argv.length > 2) {
      process.stderr.write(`xinwen: unknown command '${process.argv[2]}'; try 'xinwen parse <file>' or 'xinwen --help'\n`);
      process.exitCode = 2;
    } else {
      cli.outputHelp();
    }
  } else {
    await cli.runMatchedCommand();
  }
} catch (error) {
  process.stderr.write(`xinwen: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
