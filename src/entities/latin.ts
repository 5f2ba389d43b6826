/**
 * People and organisations written in Latin script inside Chinese text, found with compromise, which is
 * loaded only when a page has such runs.
 */
import { createRequire } from 'node:module';
import type { Span } from '../types.js';

/** A person or organisation named in Latin script inside Chinese text. */
export interface LatinEntity extends Span {
  name: string;
  kind: 'person' | 'organization';
}

interface CompromiseDoc {
  people(): { out(format: 'array'): string[] };
  organizations(): { out(format: 'array'): string[] };
}
type Compromise = (text: string) => CompromiseDoc;

// Two capitalised Latin words in a row: the only case worth loading compromise for (it costs ~350 ms and 40 MB).
const LATIN_RUN = /[A-Z][a-z]{1,30}(?:[ .'-]{1,2}[A-Z][A-Za-z]{0,30}){1,6}/gu;
let nlp: Compromise | undefined;

function compromise(): Compromise {
  if (!nlp) {
    const loaded = createRequire(import.meta.url)('compromise') as { default?: Compromise } | Compromise;
    nlp = typeof loaded === 'function' ? loaded : (loaded.default as Compromise);
  }
  return nlp;
}

/** People and organisations in the Latin-script runs of `view`, with offsets; compromise is loaded only when such runs exist. */
export function findLatinEntities(view: string): LatinEntity[] {
  const found: LatinEntity[] = [];
  for (const run of view.matchAll(LATIN_RUN)) {
    const doc = compromise()(run[0]);
    for (const [kind, names] of [
      ['person', doc.people().out('array')],
      ['organization', doc.organizations().out('array')],
    ] as const) {
      for (const raw of names) {
        const name = raw.replace(/[.,;:]+$/u, '').trim();
        const at = run[0].indexOf(name);
        if (name.length < 2 || at === -1) continue;
        found.push({ start: run.index + at, end: run.index + at + name.length, name, kind });
      }
    }
  }
  return found;
}
