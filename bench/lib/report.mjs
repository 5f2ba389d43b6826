// Writes one benchmark's Markdown into its own section of BENCHMARKS.md, stamped with the machine and date,
// so `npm run bench` keeps the file current without touching the other sections.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = join(repoRoot, '..', 'shared');

/** One line naming the machine, Node version and date of a run. */
export function machineLine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpu} · ${os.cpus().length} cores · ${memory} GiB · Node ${process.version} · ${os.platform()} ${os.arch()}`;
}

/** Replaces (or appends) the section `name` of BENCHMARKS.md with `markdown`. */
export function writeSection(name, title, markdown) {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const body = `${start}\n## ${title}\n\n_Measured ${machineLine()}_\n\n${markdown.trim()}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nWritten by the scripts in bench/ (`npm run bench`); every figure below comes from the run stamped in its section.\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text = from !== -1 && to !== -1 ? text.slice(0, from) + body + text.slice(to + end.length) : `${text.trimEnd()}\n\n${body}\n`;
  writeFileSync(file, text);
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
