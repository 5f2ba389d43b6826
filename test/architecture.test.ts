// ARCHITECTURE.md against the code: the stage-to-stage import table must be the graph the relative
// imports of src/ make, the graph has no cycle, and only src/nlp/ loads nodejieba.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The stage of a file: its folder under src/, or the file's own name for top-level files (types, errors …). */
function stageOf(path: string): string {
  const [first, ...rest] = relative(src, path).split(sep);
  return rest.length > 0 ? first : first.replace(/\.(ts|js)$/u, '');
}

const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu;

function actualGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(src)) {
    const from = stageOf(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = stageOf(normalize(join(dirname(file), match[1])));
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

function documentedGraph(): Map<string, Set<string>> {
  const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const block = /<!-- import-graph:start -->([\s\S]*?)<!-- import-graph:end -->/u.exec(doc)?.[1] ?? '';
  const graph = new Map<string, Set<string>>();
  for (const row of block.split('\n')) {
    const cells = row.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || cells[1] === 'stage' || cells[1].startsWith('-')) continue;
    graph.set(cells[1], new Set(cells[2].split(',').map((stage) => stage.trim())));
  }
  return graph;
}

const sorted = (graph: Map<string, Set<string>>) => Object.fromEntries([...graph].sort().map(([stage, targets]) => [stage, [...targets].sort()]));

describe('ARCHITECTURE.md', () => {
  it('lists the import graph the code has', () => {
    const documented = documentedGraph();
    expect(documented.size).toBeGreaterThan(5);
    expect(sorted(documented)).toEqual(sorted(actualGraph()));
  });

  it('describes a graph without cycles', () => {
    const graph = actualGraph();
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (stage: string, path: string[]) => {
      if (state.get(stage) === 'done') return;
      if (state.get(stage) === 'visiting') {
        cycles.push([...path, stage].join(' → '));
        return;
      }
      state.set(stage, 'visiting');
      for (const next of graph.get(stage) ?? []) visit(next, [...path, stage]);
      state.set(stage, 'done');
    };
    for (const stage of graph.keys()) visit(stage, []);
    expect(cycles).toEqual([]);
  });

  // A require or import of the package, not its name in a message or an option value.
  const loadersOf = (name: string) => {
    const loads = new RegExp(`(?:require\\w*\\(|from\\s+|import\\()\\s*['"]${name}['"]`, 'u');
    return sourceFiles(src).filter((file) => loads.test(readFileSync(file, 'utf8'))).map((file) => relative(src, file).split(sep).join('/'));
  };

  it('has nodejieba loaded by src/nlp/ alone', () => {
    expect(loadersOf('nodejieba')).toEqual(['nlp/jieba.ts']);
  });

  it('has @node-rs/jieba loaded by src/nlp/ alone', () => {
    expect(loadersOf('@node-rs/jieba')).toEqual(['nlp/node-rs-jieba.ts']);
  });
});
