/**
 * opencc-js, loaded on first use, one direction at a time, and the version installed. Its full build parses
 * 1.2 MB of dictionary source (about 100 ms); its one-direction builds load only what a direction needs. A
 * Simplified page usually needs neither: which units can change under the Traditional → Simplified conversion
 * ships as a table in dict/ (script.ts), checked against this version.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type OpenCCModule = typeof import('opencc-js');

let toSimplifiedBuild: OpenCCModule | undefined;
let toTraditionalBuild: OpenCCModule | undefined;

/**
 * opencc-js's Traditional → Simplified build (its `t2cn` entry: the tw/hk → cn dictionaries, a tenth of the full
 * package's size and load time), for the Simplified view.
 */
export function openccToSimplified(): OpenCCModule {
  toSimplifiedBuild ??= createRequire(import.meta.url)('opencc-js/t2cn') as OpenCCModule;
  return toSimplifiedBuild;
}

/** opencc-js's Simplified → Traditional build (its `cn2t` entry), for the Traditional forms of names. */
export function openccToTraditional(): OpenCCModule {
  toTraditionalBuild ??= createRequire(import.meta.url)('opencc-js/cn2t') as OpenCCModule;
  return toTraditionalBuild;
}

let version: string | null | undefined;

/**
 * The installed opencc-js's version, read from its package.json without loading the package (its exports do not
 * list package.json, so the folder is found from its entry file); null when it cannot be read.
 */
export function openccVersion(): string | null {
  if (version !== undefined) return version;
  version = null;
  try {
    let folder = dirname(createRequire(import.meta.url).resolve('opencc-js'));
    for (let depth = 0; depth < 4; depth++, folder = dirname(folder)) {
      let manifest: { name?: unknown; version?: unknown };
      try {
        manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as typeof manifest;
      } catch {
        continue;
      }
      if (manifest.name === 'opencc-js' && typeof manifest.version === 'string') {
        version = manifest.version;
        break;
      }
    }
  } catch {
    // not resolvable: the table is not trusted and is built from the package when it is needed
  }
  return version;
}
