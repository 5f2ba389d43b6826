// Calibration of a name model on the held-out slice of the training corpora, through the shipped inference
// code (src/entities): the temperature of the scores, the default threshold for names only the model vouches
// for, and the threshold for a name in a slot the title grammar fixed (right after a title). No evaluation
// set is read here.
const logistic = (x) => 1 / (1 + Math.exp(-x));
const prf = (tp, predicted, gold) => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
export const show = (m) => `P ${(100 * m.p).toFixed(1)} R ${(100 * m.r).toFixed(1)} F1 ${(100 * m.f).toFixed(1)}`;

/** The lowest threshold (0.05 steps from `from`) at which the items scoring at least it reach `precision`. */
function lowestThreshold(items, precision, from) {
  for (let t = from; t < 0.999; t += 0.01) {
    const kept = items.filter((item) => item.score >= t);
    if (kept.length === 0 || kept.filter((item) => item.correct).length / kept.length >= precision) return Number(t.toFixed(2));
  }
  return 0.99;
}

/**
 * The threshold that keeps the most right answers net of wrong ones: below it, spans are more often wrong
 * than right (a slot is already likely to hold a name, so each span is judged at the margin, not on average).
 */
function marginalThreshold(items) {
  let best = 0.5;
  let bestNet = -Infinity;
  for (let t = 0.05; t < 0.999; t += 0.01) {
    const kept = items.filter((item) => item.score >= t);
    const net = 2 * kept.filter((item) => item.correct).length - kept.length;
    if (net > bestNet) {
      bestNet = net;
      best = Number(t.toFixed(2));
    }
  }
  return best;
}

/**
 * Calibrates `rows` (a model file's rows) on `documents` (held-out sentences with person spans).
 * Returns the settings and the header lines that report them.
 */
export function calibrate(lib, rows, documents, { precision = 0.93 } = {}) {
  // Read the raw margins: the model with temperature 1 (logit of a score = its margin).
  const model = lib.nameModelFrom(rows.map((row) => (row[0] === '@temperature' ? ['@temperature', '1'] : row)));
  const candidates = [];
  let gold = 0;
  const slots = [];
  for (const doc of documents) {
    const view = lib.analysisView(doc.text);
    if (!view) continue;
    const entityDoc = lib.readDocument(view, { model });
    const persons = new Set((doc.persons ?? []).map(([s, e]) => `${s}:${e}`));
    gold += persons.size;
    for (const candidate of entityDoc.names.candidates) {
      if (candidate.type !== 'person') continue;
      candidates.push({ margin: Math.log(candidate.score / (1 - candidate.score)), correct: persons.has(`${candidate.start}:${candidate.end}`) });
    }
    // Slots: right after every title the grammar reads; the best span there, right when a person starts and ends so.
    for (const title of entityDoc.titles) {
      const best = lib.nameAt(entityDoc, title.end, new Set(), 0);
      if (best) slots.push({ margin: Math.log(best.score / (1 - best.score)), correct: persons.has(`${best.start}:${best.end}`) });
    }
  }
  // Temperature: the one that makes logistic(margin / T) best predict whether a candidate is right (log loss).
  let temperature = 1;
  let bestLoss = Infinity;
  for (let t = 0.25; t <= 500; t *= 1.1) {
    let loss = 0;
    for (const item of candidates) {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, logistic(item.margin / t)));
      loss -= item.correct ? Math.log(p) : Math.log(1 - p);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      temperature = Number(t.toFixed(3));
    }
  }
  const scoredCandidates = candidates.map((item) => ({ ...item, score: logistic(item.margin / temperature) }));
  const scoredSlots = slots.map((item) => ({ ...item, score: logistic(item.margin / temperature) }));
  const threshold = lowestThreshold(scoredCandidates, precision, 0.5);
  const slotThreshold = marginalThreshold(scoredSlots);
  const at = (t) => {
    const kept = scoredCandidates.filter((item) => item.score >= t);
    return prf(kept.filter((item) => item.correct).length, kept.length, gold);
  };
  const slotsAt = (t) => {
    const kept = scoredSlots.filter((item) => item.score >= t);
    return `${kept.filter((item) => item.correct).length}/${kept.length} right`;
  };
  const lines = [
    `Calibration on the held-out slice (${documents.length} sentences, ${gold} persons), through src/entities itself:`,
    `  temperature ${temperature} (the one minimising the log loss of the candidates' scores);`,
    `  threshold ${threshold}: the lowest with person precision ≥ ${precision}: ${show(at(threshold))} (at 0.5: ${show(at(0.5))});`,
    `  slot threshold ${slotThreshold}: where the best span right after a title stops being more often right than wrong`,
    `  (${slotsAt(slotThreshold)} of ${scoredSlots.length} slots; at 0.5: ${slotsAt(0.5)}).`,
  ];
  return { temperature, threshold, slotThreshold, lines };
}

/** A model file's text with its calibration settings and header lines replaced. */
export function withCalibration(text, calibration) {
  const out = [];
  let replacedHeader = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('# calibration: ')) {
      if (!replacedHeader) out.push(...calibration.lines.map((entry) => `# calibration: ${entry}`));
      replacedHeader = true;
      continue;
    }
    if (line.startsWith('@temperature\t')) out.push(`@temperature\t${calibration.temperature}`);
    else if (line.startsWith('@threshold\t')) out.push(`@threshold\t${calibration.threshold}`, `@slot-threshold\t${calibration.slotThreshold}`);
    else if (line.startsWith('@slot-threshold\t')) continue;
    else out.push(line);
  }
  return out.join('\n');
}
