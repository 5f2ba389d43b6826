/**
 * What the markup says about each line of an HTML page, for the line classifier of the boilerplate stage:
 * how much of it is link text, whether it is a heading, whether an image stands next to it (a caption),
 * whether its element carries a weak furniture hint. One pass over the flat element array, no recursion.
 */
import type { ParsedHtml } from './html.js';

/** The markup facts of one line (the boilerplate stage's `MarkupFacts`). */
export interface LineMarkup {
  linkDensity: number;
  heading: number;
  image: boolean;
  weakFurniture: boolean;
}

const CAPTION_CLASS = /(?:^|[\s_-])(?:pic|img|image|photo|caption|figure|tupian|figcaption)/u;

/** The markup facts of the lines of `parsed` at `indices` (into `parsed.lines`), in that order. */
export function lineMarkup(parsed: ParsedHtml, indices: readonly number[]): LineMarkup[] {
  const { els, lines } = parsed;
  // Images in document order up to each element, so "an image between two lines" is one subtraction.
  const imagesUpTo = new Int32Array(els.length);
  let images = 0;
  for (let e = 0; e < els.length; e++) {
    if (els[e].tag === 'img') images++;
    imagesUpTo[e] = images;
  }
  // A weak furniture hint on the element or any ancestor.
  const weak = new Uint8Array(els.length);
  for (let e = 0; e < els.length; e++) {
    const parent = els[e].parent;
    weak[e] = els[e].hint.kind === 'weak-furniture' || (parent >= 0 && weak[parent] === 1) ? 1 : 0;
  }
  // A caption-like element or parent: a caption class counts on the line's element or its parent, not on a
  // whole article wrapper above. Asked only of the lines wanted.
  const captionClass = (e: number) => els[e].tag === 'figcaption' || (els[e].cls !== '' && CAPTION_CLASS.test(els[e].cls));
  const captionLike = (e: number) => captionClass(e) || (els[e].parent >= 0 && captionClass(els[e].parent));
  return indices.map((i) => {
    const line = lines[i];
    const previous = i > 0 ? lines[i - 1].el : 0;
    const next = i + 1 < lines.length ? lines[i + 1].el : els.length - 1;
    const before = imagesUpTo[line.el] - imagesUpTo[Math.min(previous, line.el)];
    const after = imagesUpTo[Math.max(next, line.el)] - imagesUpTo[line.el];
    const parent = els[line.el].parent;
    const ownImages = els[line.el].imgs > 0 || (parent >= 0 && els[parent].imgs > 0);
    return {
      linkDensity: line.len > 0 ? line.linkLen / line.len : 0,
      heading: line.heading,
      image: ownImages || before > 0 || (after > 0 && line.len <= 80) || captionLike(line.el),
      weakFurniture: weak[line.el] === 1,
    };
  });
}
