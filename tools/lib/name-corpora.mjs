// The training corpora of the name model (../shared/train-data/ner) and their fixed held-out slice: every tenth
// article, by a hash of its id, so an article never sits on both sides. Shared by the trainer and the calibration.
import path from 'node:path';
import { readJsonl, sharedDir } from './load-src.mjs';

export const CORPORA = [
  { file: 'pd98-jan06-31.jsonl.gz', name: "People's Daily 1998-01-06…31 (PKU tags)", group: (src) => src.replace(/-\d+$/u, '') },
  { file: 'msra-train.jsonl.gz', name: 'MSRA NER train (SIGHAN 2006)', group: (src) => `msra-${Math.floor(Number(src.slice(5)) / 20)}` },
];

function groupHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** Every sentence of both corpora with its article group and whether it is held out. */
export async function readCorpora(log = () => {}) {
  const trainDir = path.join(sharedDir, 'train-data', 'ner');
  const documents = [];
  for (const corpus of CORPORA) {
    const rows = await readJsonl(path.join(trainDir, corpus.file));
    for (const row of rows) {
      const group = corpus.group(row.src);
      documents.push({ ...row, group, heldOut: groupHash(group) % 10 === 0 });
    }
    log(`read ${rows.length} sentences from ${corpus.file}`);
  }
  return documents;
}
