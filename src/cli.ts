/**
 * The `xinwen` command. `xinwen parse` reads files, directories (-r), a list file and standard input,
 * parses them on the batch API's worker pool, and writes one result per input.
 * Exit codes: 0 every input parsed, 1 some input failed, 2 a usage error, 3 an internal error.
 */
import { availableParallelism } from 'node:os';
import { cac } from 'cac';
import { assertParseOptions, parseMany, parseOnOwnThread, type BatchItem, type BatchResult } from './batch/index.js';
import { XinwenError } from './errors.js';
import type { ParseOptions } from './types.js';
import { jsonFiles, jsonLines, plainText, prettyJson, type Sink } from './cli/output.js';
import { startProgress, type Progress } from './cli/progress.js';
import { readInput, STDIN } from './cli/read.js';
import { collectSources, UsageError } from './cli/sources.js';

/** package.json's version, written in by tsup at build time. */
declare const __XINWEN_VERSION__: string;

const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;
const MAX_JOBS = 64;

interface ParseFlags {
  /** Inputs after `--` (names that start with a dash). */
  '--'?: string[];
  ref?: string;
  text?: boolean;
  tokens?: boolean;
  /** False with `--no-analyze`: only the clean article, without the language analysis. */
  analyze?: boolean;
  encoding?: string;
  format?: ParseOptions['format'];
  script?: ParseOptions['script'];
  jsonl?: boolean;
  recursive?: boolean;
  fromList?: string;
  jobs?: string;
  out?: string;
  maxSize?: string;
  segmenter?: string;
}

/**
 * mri, cac's parser, drops a lone `-` (and the argument after it); it stands for standard input,
 * so it is swapped for a token mri keeps as it is, and swapped back after parsing.
 */
const STDIN_TOKEN = '\u0000stdin';
const fromToken = (value: unknown): string => (value === STDIN_TOKEN ? STDIN : String(value));

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got ${String(value)}`);
  return n;
}

/** Parse options from the flags, checked the way the library checks them; a bad one is a usage error. */
function parseOptionsFrom(flags: ParseFlags, maxSize: number): ParseOptions {
  if (flags.tokens && flags.analyze === false) throw new UsageError('--tokens needs the analysis: it cannot be combined with --no-analyze');
  const options: ParseOptions = { tokens: flags.tokens, format: flags.format, script: flags.script, maxSize };
  if (flags.analyze === false) options.analyze = false;
  if (flags.ref !== undefined) options.referenceDate = fromToken(flags.ref);
  if (flags.encoding !== undefined) options.encoding = fromToken(flags.encoding);
  if (flags.segmenter !== undefined) options.segmenter = fromToken(flags.segmenter) as ParseOptions['segmenter'];
  try {
    assertParseOptions(options);
  } catch (error) {
    if (error instanceof XinwenError) throw new UsageError(`${flags.ref !== undefined && /referenceDate/.test(error.message) ? '--ref: ' : ''}${error.message}`);
    throw error;
  }
  return options;
}

function checkOutputFlags(flags: ParseFlags): void {
  if (flags.out !== undefined && (flags.text || flags.jsonl)) {
    throw new UsageError('--out writes one JSON file per input; it cannot be combined with --text or --jsonl');
  }
  if (flags.text && flags.jsonl) throw new UsageError('--text and --jsonl cannot be combined');
}

/** Where results go. Inputs that may be several (more than one, -r, --from-list) are never pretty-printed one after another. */
function chooseSink(flags: ParseFlags, several: boolean, progress: Progress): Sink {
  if (flags.out !== undefined) return jsonFiles(fromToken(flags.out), progress);
  if (flags.text) return plainText(progress, several);
  return flags.jsonl || several ? jsonLines() : prettyJson(progress);
}

async function runParse(args: string[], flags: ParseFlags): Promise<number> {
  const maxSize = wholeNumber('--max-size', flags.maxSize, 1, Number.MAX_SAFE_INTEGER) ?? DEFAULT_MAX_SIZE;
  const jobs = wholeNumber('--jobs', flags.jobs, 1, MAX_JOBS);
  const options = parseOptionsFrom(flags, maxSize);
  checkOutputFlags(flags);
  const given = [...args, ...(flags['--'] ?? [])].map(fromToken);
  if (given.length === 0 && flags.fromList === undefined) {
    if (process.stdin.isTTY) throw new UsageError("no input: give files, -r directories, --from-list FILE, or - for standard input (see 'xinwen parse --help')");
    given.push(STDIN);
  }
  const sources = await collectSources(given, { recursive: flags.recursive, fromList: flags.fromList && fromToken(flags.fromList) }, () => readInput(STDIN, maxSize));
  if (sources.length === 0) {
    process.stderr.write('xinwen: no input files found\n');
    return 0;
  }
  const progress = startProgress(sources.length);
  const sink = chooseSink(flags, sources.length > 1 || flags.recursive === true || flags.fromList !== undefined, progress);
  const items = sources.map((source): BatchItem => ({ source, input: () => readInput(source, maxSize) }));
  const concurrency = jobs ?? Math.min(sources.length, Math.max(1, availableParallelism() - 1));
  let failed = 0;
  // One input is parsed on this thread: a worker thread, and the bundle loaded again in it, would cost more than the page.
  const results = items.length === 1 ? oneResult(parseOnOwnThread(items[0], options)) : parseMany(items, { ...options, concurrency });
  try {
    for await (const result of results) {
      if (result.error) failed++;
      await sink.write(result);
      progress.tick(result.error !== undefined);
    }
  } finally {
    progress.stop();
  }
  if (failed > 0 && sources.length > 1) process.stderr.write(`xinwen: ${failed} of ${sources.length} inputs failed\n`);
  return failed > 0 ? 1 : 0;
}

async function* oneResult(result: Promise<BatchResult>): AsyncGenerator<BatchResult> {
  yield await result;
}

/** Piping into `head` closes stdout early: that ends the program quietly, with the status so far. */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`xinwen: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}

function buildCli() {
  const cli = cac('xinwen');
  cli
    .command('parse [...inputs]', 'Parse news pages and print one result per input')
    .option('-r, --recursive', 'Parse the files under directories given as inputs (hidden ones skipped)')
    .option('--from-list <file>', 'Also parse the paths listed in <file>, one a line (- for standard input)')
    .option('-j, --jobs <n>', 'Pages parsed at once, one worker thread each (~250 MB each); default: CPUs - 1')
    .option('--jsonl', 'One JSON line per input: {"source","article"} or {"source","error":{"code","message"}}')
    .option('--text', 'Print only the clean text')
    .option('--out <dir>', 'Write one JSON file per input under <dir>, mirroring the input paths')
    .option('--ref <date>', 'Reference date (YYYY-MM-DD) for dates written without a year')
    .option('--tokens', 'Include segmented tokens')
    .option('--no-analyze', 'Only the clean article: no people, places, organisations or dates, and no segmenter loaded (much faster)')
    .option('--encoding <name>', 'Encoding of the input bytes (default: detected)')
    .option('--format <format>', 'auto | html | text', { default: 'auto' })
    .option('--script <script>', 'original | simplified | traditional', { default: 'original' })
    .option('--segmenter <name>', 'nodejieba (default) | node-rs-jieba (needs the optional package @node-rs/jieba)')
    .option('--max-size <bytes>', `Refuse inputs larger than this (E_TOO_LARGE); default ${DEFAULT_MAX_SIZE}`)
    .example('xinwen parse page.html --ref 2023-07-23')
    .example('xinwen parse -r crawl/ --jobs 4 --jsonl > articles.jsonl')
    .example('cat page.html | xinwen parse - other.html --jsonl')
    .example('xinwen parse -r crawl/ --no-analyze --text')
    .action(async (inputs: string[], flags: ParseFlags) => {
      process.exitCode = await runParse(inputs, flags);
    });
  cli.help();
  cli.version(__XINWEN_VERSION__);
  return cli;
}

async function main(): Promise<void> {
  endQuietlyOnClosedPipe();
  const cli = buildCli();
  const argv = process.argv.map((arg, i) => (i >= 2 && arg === STDIN ? STDIN_TOKEN : arg));
  try {
    const parsed = cli.parse(argv, { run: false });
    if (parsed.options.help) return; // cac printed it
    if (parsed.options.version) {
      if (cli.matchedCommand) cli.outputVersion(); // cac prints it only without a command
      return;
    }
    if (!cli.matchedCommand) {
      if (process.argv.length > 2) throw new UsageError(`unknown command '${process.argv[2]}'; try 'xinwen parse <file>' or 'xinwen --help'`);
      cli.outputHelp();
      return;
    }
    await cli.runMatchedCommand();
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      process.stderr.write(`xinwen: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') {
      // the output could not be written (--out to a read-only place, a full disk)
      process.stderr.write(`xinwen: cannot write the output: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`xinwen: internal error (a bug in xinwen: please report it): ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 3;
    }
  }
}

await main();
