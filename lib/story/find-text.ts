/**
 * Finds a piece of article text in the live page, so the popup can scroll to it and
 * highlight it. Whitespace is compared loosely (the extracted text has collapsed it) and
 * matches may cross element boundaries (a quote running over two paragraphs).
 */

import { isInvisible } from './invisible.ts';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

interface TextIndex {
  /** The page's visible text, whitespace collapsed to single spaces. */
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

/** Builds a whitespace-collapsed index of the text under `root`, skipping `exclude`. */
export function indexText(root: Node, exclude?: (element: Element) => boolean): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const pieces: string[] = [];
  let lastWasSpace = true;
  // Iterative walk: deep pages cannot overflow the stack.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        if (isInvisible(value[i]!)) continue;
        const isSpace = /\s/.test(value[i]!);
        if (isSpace && lastWasSpace) continue;
        pieces.push(isSpace ? ' ' : value[i]!);
        index.nodes.push(node as Text);
        index.offsets.push(i);
        lastWasSpace = isSpace;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (SKIPPED.has(element.tagName.toUpperCase()) || exclude?.(element)) continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  index.text = pieces.join('');
  return index;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Ranges for each occurrence of `needle` in the indexed text (at most `limit`), in
 * document order. Empty when it is not found.
 */
export function findRanges(doc: Document, index: TextIndex, needle: string, limit = 50): Range[] {
  const wanted = collapse(needle);
  if (!wanted) return [];
  const ranges: Range[] = [];
  for (let at = index.text.indexOf(wanted); at !== -1 && ranges.length < limit; at = index.text.indexOf(wanted, at + wanted.length)) {
    const last = at + wanted.length - 1;
    const range = doc.createRange();
    range.setStart(index.nodes[at]!, index.offsets[at]!);
    range.setEnd(index.nodes[last]!, index.offsets[last]! + 1);
    ranges.push(range);
  }
  return ranges;
}

/** Like `findRanges`, but matching whole words only (so "ICE" does not match "police"). */
export function findWordRanges(doc: Document, index: TextIndex, word: string, limit = 50): Range[] {
  const wanted = collapse(word);
  if (!wanted) return [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const ranges: Range[] = [];
  for (let at = index.text.indexOf(wanted); at !== -1 && ranges.length < limit; at = index.text.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (isWordChar(index.text[at - 1]) || isWordChar(index.text[end])) continue;
    const range = doc.createRange();
    range.setStart(index.nodes[at]!, index.offsets[at]!);
    range.setEnd(index.nodes[end - 1]!, index.offsets[end - 1]! + 1);
    ranges.push(range);
  }
  return ranges;
}
