// What an install gets: a git install runs `prepare`, which must build dist/ (a package installed from a git
// URL had no dist/ before there was one); the packed tarball holds every file package.json points to, the
// dictionaries and a LICENSE that names the license package.json declares.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  license: string;
  main: string;
  module: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
};

/** Every file path in an `exports` map, however deeply nested. */
function exportedPaths(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportedPaths);
}

/** The files `npm pack` puts in the tarball (dist/ is there: `npm test` builds first). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((file) => file.path);
}

describe('the package', () => {
  const files = packedFiles();

  it('builds dist/ on a git install: prepare runs the build', () => {
    expect(manifest.scripts.prepare).toMatch(/\bnpm run build\b/);
    expect(manifest.scripts.build).toMatch(/\btsup\b/);
  });

  it('packs every file package.json points to, and the dictionaries', () => {
    const pointed = [manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin), ...exportedPaths(manifest.exports)];
    for (const path of pointed) expect(files, path).toContain(path.replace(/^\.\//, ''));
    expect(files.filter((file) => file.startsWith('dist/batch-worker.'))).toEqual(expect.arrayContaining(['dist/batch-worker.js', 'dist/batch-worker.cjs']));
    expect(files.filter((file) => /^dict\/.+\.txt$/.test(file)).length).toBeGreaterThan(10);
  });

  it('ships a LICENSE for the license it declares', () => {
    expect(files).toContain('LICENSE');
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });
});
