// The xinwen command, run as a user runs it (node dist/cli.js): help and version, usage errors, inputs from
// files, directories, a list and standard input, JSON Lines that match inputs one to one, --out, the size
// limit, a closed pipe, progress, and what a failure is called. Most runs use inputs that need no segmenter
// (empty, binary, missing), so each costs a worker start rather than a dictionary load.
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textPage, htmlPage } from './helpers/pages.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'xinwen-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

function xinwen(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? work, input: options.input ?? '', env: options.env ?? process.env, encoding: 'utf8', timeout: 120_000 });
}

/** The same, run in the background, so a table of cases runs in parallel. */
function xinwenAsync(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

interface Line {
  source: string;
  article?: { title: string | null; warnings: string[] };
  error?: { code: string; message: string };
}
const jsonl = (stdout: string): Line[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
const outcome = (line: Line) => [line.source, line.error?.code ?? 'ok'];

describe('xinwen: help, version and usage errors', () => {
  it('prints help and the version once and exits 0', async () => {
    const helps = [['--help'], ['-h'], ['parse', '--help'], []];
    for (const [i, run] of (await Promise.all(helps.map(xinwenAsync))).entries()) {
      const args = helps[i].join(' ');
      expect(run.status, args).toBe(0);
      expect(run.stdout.match(/Usage:/g), args).toHaveLength(1);
      expect(run.stderr, args).toBe('');
    }
    expect((await xinwenAsync(['parse', '--help'])).stdout).toMatch(/--from-list <file>[\s\S]*--jobs <n>/);
    const versions = [['--version'], ['-v'], ['parse', '--version']];
    for (const [i, run] of (await Promise.all(versions.map(xinwenAsync))).entries()) {
      const args = versions[i].join(' ');
      expect(run.status, args).toBe(0);
      expect(run.stdout.trim().split('\n'), args).toEqual([expect.stringContaining(`xinwen/${version}`)]);
      expect(run.stderr, args).toBe('');
    }
  });

  it('exits 2 with one line on stderr for every usage error, before reading any input', async () => {
    const page = file('usage/page.txt', '');
    const cases = [
      ['frobnicate'],
      ['parse', '--no-such-flag', page],
      ['parse', '--ref', '2024-02-30', page],
      ['parse', '--ref', 'yesterday', page],
      ['parse', '--ref'],
      ['parse', '--jobs', '0', page],
      ['parse', '--jobs', 'many', page],
      ['parse', '--format', 'pdf', page],
      ['parse', '--encoding', 'no-such-charset', page],
      ['parse', '--text', '--jsonl', page],
      ['parse', '--out', join(work, 'o'), '--text', page],
      ['parse', '-', '-'],
      ['parse', '--from-list', join(work, 'no-such-list.txt')],
    ];
    for (const [i, run] of (await Promise.all(cases.map(xinwenAsync))).entries()) {
      const args = cases[i].join(' ');
      expect(run.status, args).toBe(2);
      expect(run.stderr.trim().split('\n'), args).toHaveLength(1);
      expect(run.stderr, args).toMatch(/^xinwen: /);
      expect(run.stdout, args).toBe('');
    }
    expect((await xinwenAsync(['parse', '--ref', '2024-02-30', page])).stderr).toMatch(/--ref/);
  });
});

describe('xinwen parse: inputs', () => {
  it('reads - anywhere among the files, in order', () => {
    const a = file('order/a.txt', '');
    const b = file('order/b.html', '<html><body></body></html>');
    const run = xinwen(['parse', a, '-', b, '--jsonl', '--jobs', '1'], { input: PNG });
    expect(jsonl(run.stdout).map(outcome)).toEqual([[a, 'ok'], ['-', 'E_ENCODING'], [b, 'ok']]);
    expect(run.status).toBe(1);
  });

  it('walks directories with -r (hidden entries skipped), adds a list file, and fails a directory without -r', () => {
    file('tree/b.txt', '');
    file('tree/a.txt', ' ');
    file('tree/sub/c.html', '<p></p>');
    file('tree/.cache/skip.txt', '');
    file('list.txt', '# pages to parse\ntree/a.txt\n\nmissing.txt\n');
    const run = xinwen(['parse', '-r', 'tree', '--from-list', 'list.txt', '--jsonl']);
    expect(jsonl(run.stdout).map(outcome)).toEqual([
      [join('tree', 'a.txt'), 'ok'],
      [join('tree', 'b.txt'), 'ok'],
      [join('tree', 'sub', 'c.html'), 'ok'],
      ['tree/a.txt', 'ok'],
      ['missing.txt', 'E_IO'],
    ]);
    const flat = xinwen(['parse', 'tree', '--jsonl']);
    expect(jsonl(flat.stdout)).toEqual([{ source: 'tree', error: { code: 'E_IO', message: expect.stringMatching(/directory.*-r/) } }]);
    expect(flat.status).toBe(1);
  });

  it('reads the list from standard input with --from-list -', () => {
    file('stdin-list/x.txt', '');
    const run = xinwen(['parse', '--from-list', '-', '--jsonl'], { input: 'stdin-list/x.txt\nstdin-list/y.txt\n' });
    expect(jsonl(run.stdout).map(outcome)).toEqual([['stdin-list/x.txt', 'ok'], ['stdin-list/y.txt', 'E_IO']]);
  });

  it('stops reading at the size limit: /dev/zero is E_TOO_LARGE, not 3 GB later', () => {
    if (!existsSync('/dev/zero')) return;
    const run = xinwen(['parse', '/dev/zero', '--jsonl']);
    expect(jsonl(run.stdout)).toEqual([{ source: '/dev/zero', error: { code: 'E_TOO_LARGE', message: expect.stringMatching(/20971520 bytes/) } }]);
    expect(run.status).toBe(1);
    const piped = xinwen(['parse', '-', '--max-size', '1000', '--jsonl'], { input: Buffer.alloc(5000, 0x41) });
    expect(jsonl(piped.stdout).map(outcome)).toEqual([['-', 'E_TOO_LARGE']]);
    const big = file('limit/big.txt', Buffer.alloc(2000, 0x41));
    expect(jsonl(xinwen(['parse', big, '--max-size', '1000', '--jsonl']).stdout).map(outcome)).toEqual([[big, 'E_TOO_LARGE']]);
  });
});

describe('xinwen parse: output', () => {
  it('writes one JSON file per input with --out, mirroring the input paths, failures included', () => {
    file('out-in/one.txt', '');
    file('out-in/deep/two.html', '<p></p>');
    const out = join(work, 'out-dir');
    const run = xinwen(['parse', '-r', 'out-in', 'nowhere.txt', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'out-in', 'one.txt.json'), 'utf8'))).toMatchObject({ source: join('out-in', 'one.txt'), article: { text: '' } });
    expect(JSON.parse(readFileSync(join(out, 'out-in', 'deep', 'two.html.json'), 'utf8')).source).toBe(join('out-in', 'deep', 'two.html'));
    expect(JSON.parse(readFileSync(join(out, 'nowhere.txt.json'), 'utf8'))).toMatchObject({ source: 'nowhere.txt', error: { code: 'E_IO' } });
    expect(run.stderr).toMatch(/nowhere\.txt: E_IO/);
    const blocked = xinwen(['parse', 'out-in/one.txt', '--out', join(file('out-blocker', 'a file'), 'sub')]);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/^xinwen: cannot write the output: ENOTDIR/);
  });

  it('prints JSON Lines for -r and --from-list even when they yield one file', () => {
    file('single/only.txt', '');
    expect(jsonl(xinwen(['parse', '-r', 'single']).stdout).map(outcome)).toEqual([[join('single', 'only.txt'), 'ok']]);
    expect(jsonl(xinwen(['parse', '--from-list', '-'], { input: 'single/only.txt\n' }).stdout).map(outcome)).toEqual([['single/only.txt', 'ok']]);
  });

  it('ends quietly when the reader closes the pipe (| head)', () => {
    const names: string[] = [];
    for (let i = 0; i < 400; i++) names.push(file(`pipe/p${String(i).padStart(3, '0')}.txt`, ''));
    writeFileSync(join(work, 'pipe-list.txt'), names.join('\n'));
    const run = spawnSync('bash', ['-c', `node "${cli}" parse --from-list pipe-list.txt --jsonl --jobs 1 | head -c 200 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout.trim()).toBe('status=0');
    expect(run.stderr).toBe('');
  });

  it('shows a progress bar on a terminal with several inputs, and none otherwise', () => {
    file('bar/a.txt', '');
    file('bar/b.txt', '');
    const plain = xinwen(['parse', '-r', 'bar', '--jsonl']);
    expect(plain.stderr).toBe('');
    const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    if (!hasScript) return; // util-linux's script gives the command a terminal
    const tty = spawnSync('script', ['-qec', `node "${cli}" parse -r bar --jsonl > /dev/null`, '/dev/null'], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    expect(tty.stdout).toMatch(/2\/2 pages/);
    const single = spawnSync('script', ['-qec', `node "${cli}" parse bar/a.txt --jsonl > /dev/null`, '/dev/null'], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    expect(single.stdout).not.toMatch(/pages/);
  });
});

describe('xinwen parse: what a failure is called', () => {
  const hook = join(root, 'test', 'helpers', 'break-nodejieba.cjs');
  const withHook = (mode: string) => ({ ...process.env, NODE_OPTIONS: `--require ${hook}`, XINWEN_TEST_NATIVE: mode });

  it('labels a bug E_INTERNAL, not E_IO, and prints no stack trace', () => {
    const page = file('crash/page.txt', textPage(1));
    const run = xinwen(['parse', page, '--jsonl'], { env: withHook('crash') });
    expect(jsonl(run.stdout)).toEqual([{ source: page, error: { code: 'E_INTERNAL', message: expect.stringMatching(/internal error.*simulated bug/) } }]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('reports a missing native addon as E_NATIVE for each input', () => {
    const page = file('native/page.txt', textPage(2));
    const run = xinwen(['parse', page, page, '--jsonl', '--jobs', '1'], { env: withHook('unbuilt') });
    expect(jsonl(run.stdout).map(outcome)).toEqual([[page, 'E_NATIVE'], [page, 'E_NATIVE']]);
    expect(run.status).toBe(1);
  });
});

describe('xinwen parse: a crawl of 200 files', () => {
  it('writes exactly one line per input with --jobs 2 --jsonl, exits 1, and prints no stack trace', () => {
    const inputs: string[] = [];
    for (let n = 0; n < 200; n++) {
      const name = `crawl/${String(n).padStart(3, '0')}`;
      if (n === 17) inputs.push(join(work, `${name}-missing.html`));
      else if (n === 88) inputs.push(file(`${name}.png`, Buffer.concat([PNG, Buffer.alloc(300, 0x9c)])));
      else if (n === 150) inputs.push(file(`${name}-empty.txt`, ''));
      else inputs.push(file(n % 2 ? `${name}.html` : `${name}.txt`, n % 2 ? htmlPage(n) : textPage(n)));
    }
    const run = xinwen(['parse', ...inputs, '--jobs', '2', '--jsonl']);
    const lines = jsonl(run.stdout);
    expect(lines.map((line) => line.source)).toEqual(inputs);
    expect(lines[17].error?.code).toBe('E_IO');
    expect(lines[88].error?.code).toBe('E_ENCODING');
    expect(lines[150].article?.warnings.join(' ')).toMatch(/empty/);
    const failed = lines.filter((line) => line.error).map((line) => line.source);
    expect(failed).toEqual([inputs[17], inputs[88]]);
    for (const [n, line] of lines.entries()) if (line.article && n !== 150) expect(line.article.title).toBe(textPage(n).split('\n')[0]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('xinwen: 2 of 200 inputs failed\n');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
