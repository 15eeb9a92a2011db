/**
 * Dates the reader sees: `<time>` elements and dates written in the text ("Published
 * 28 September 2017", "Stand: 28.09.2017", a dated byline). Each is weighed by where it sits:
 * next to the headline it is the story's; in a sidebar, a comment or a teaser it is not.
 */
import { findDatesInText, findShortYearDate, parseDateValue } from '../parse.ts';
import { dayNumber } from '../../../day.ts';
import { candidate, PUBLISHED_WORDS, UPDATED_WORDS, type Candidate, type Kind } from '../candidate.ts';
import { placeOf, type PageView, type Place } from '../page.ts';
import { textStart } from '../../dom.ts';
import { W } from '../weights.ts';

/** Copyright lines: "© 2017", "Copyright 2005–2017", "(c) 2017". */
const COPYRIGHT = /©|&copy;|\(c\)|copyright|all rights reserved|alle rechte/i;
/** Text that cannot be page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'svg']);
/** class/id names of elements that hold the story's date or byline. */
const DATEISH = /date|time|publi|posted|byline|dateline|meta|datum|fecha|stamp|author|submitted|info|data/;
/** A text node worth scanning: it has a four-digit year or a CJK date. */
const HAS_YEAR = /(?:19|20)\d\d|年/;
const MAX_DATES = 80;

/** The label words as global patterns, built once (labelKind runs for every date seen). */
const UPDATED_ALL = new RegExp(UPDATED_WORDS.source, 'gi');
const PUBLISHED_ALL = new RegExp(PUBLISHED_WORDS.source, 'gi');

/** The kind said by the label closest to the date ("Published … | Updated: ⟨date⟩" → updated). */
export function labelKind(before: string): Kind {
  const text = before.slice(-48);
  const u = lastIndex(UPDATED_ALL, text);
  const p = lastIndex(PUBLISHED_ALL, text);
  return u < 0 && p < 0 ? 'unknown' : u > p ? 'updated' : 'published';
}

function lastIndex(g: RegExp, text: string): number {
  g.lastIndex = 0;
  let last = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) last = m.index;
  return last;
}

/** The kind named by markup (`pubdate`, itemprop, class "entry-date published"), else by the label before it. */
function kindOfElement(el: Element, hint: string): Kind {
  if (el.hasAttribute('pubdate')) return 'published';
  const named = labelKind(hint);
  return named !== 'unknown' ? named : labelKind(el.previousSibling?.textContent ?? '');
}

/**
 * `<time datetime="…">` elements (or their text when the attribute is missing or broken) and
 * microformat `<abbr class="published" title="2017-09-28T…">` (old blogs, Blogger).
 */
export function timeCandidates(times: Element[], view: PageView): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < times.length; i++) {
    const el = times[i]!;
    const isTime = el.localName === 'time';
    const attr = el.getAttribute(isTime ? 'datetime' : 'title') ?? '';
    const fromAttr = parseDateValue(attr, view.order);
    // What the reader sees wins over a machine value a day off (a UTC timestamp).
    const shown = isTime ? findDatesInText((el.textContent ?? '').slice(0, 200), view.order)[0]?.day : undefined;
    const day = shown && (!fromAttr || Math.abs(dayNumber(shown) - dayNumber(fromAttr)) <= 1) ? shown : fromAttr;
    if (!day) continue;
    const place = placeOf(el, view);
    const kind = kindOfElement(el, place.hint);
    const near = place.levels <= W.timeNearLevels;
    let weight = (near ? W.timeNear : W.timeFar) + (kind === 'published' ? W.timePublished : 0) - Math.min(i, 5) * W.timeOrderStep;
    if (place.elsewhere) weight *= W.elsewhere;
    const detail = isTime ? `<time datetime="${attr.slice(0, 40)}">` : `<abbr title="${attr.slice(0, 40)}">`;
    const c = candidate(day, isTime ? 'time' : 'microdata', detail, kind, weight, attr || undefined);
    if (place.elsewhere) c.elsewhere = place.elsewhere;
    out.push(c);
  }
  return out;
}

interface Seen {
  day: string;
  raw: string;
  kind: Kind;
  place: Place;
  /** Characters of page text before the date. */
  pos: number;
}

/**
 * The story's header: the headline's ancestor three levels up, where the byline and its date
 * sit (see Place.levels), or null when the page has no headline.
 */
export function headerZone(view: PageView): Element | null {
  const zones = headingAncestors(view);
  return zones[zones.length - 1] ?? null;
}

/**
 * The headline's ancestors one, two and three levels up, stopping below <body> (the headline
 * itself when it sits right under <body>; none without a headline).
 */
function headingAncestors(view: PageView): Element[] {
  const out: Element[] = [];
  for (let el = view.heading; el && out.length < 3 && el.parentElement && el.parentElement.localName !== 'body'; ) {
    el = el.parentElement;
    out.push(el);
  }
  if (view.heading && !out.length) out.push(view.heading);
  return out;
}

/**
 * How much of a header zone's text is looked at for a date: a byline sits by its headline, well
 * within this; a date further on is found by the walk over the whole page if the page needs it.
 */
const ZONE_CHARS = 10_000;

/**
 * The smallest part of the header zone whose text has a date, to walk for a dated byline; null
 * when the zone's text has none (then there is nothing to walk). Only the start of a zone's text
 * is read: on a long page the zone can hold the whole story.
 */
export function datedZone(view: PageView): Element | null {
  const hasDate = (el: Element) => findDatesInText(textStart(el, ZONE_CHARS), view.order).length > 0;
  return headingAncestors(view).find(hasDate) ?? null;
}

/**
 * Dates written in the visible text under `root` (the header zone, or the whole body), found
 * in one walk over its text nodes. Only nodes with a year are looked at closely, so the walk
 * stays cheap on long pages. A header zone is read only as far as `datedZone` looked (its first
 * ZONE_CHARS characters): the zone may hold the whole story, and the walk over the whole page
 * finds any later date if the page needs one.
 */
export function textCandidates(view: PageView, root: Element | null = view.doc.body): Candidate[] {
  const maxChars = root === view.doc.body ? Infinity : ZONE_CHARS;
  const { doc, heading, order } = view;
  if (!root) return [];
  const headText = heading ? doc.createTreeWalker(heading, 4).nextNode() : null;
  const walker = doc.createTreeWalker(root, 4);
  const seen: Seen[] = [];
  let pos = 0;
  let headPos = -1;
  let tail = '';
  let read = 0;
  for (let node = walker.nextNode() as Text | null; node && seen.length < MAX_DATES && read < maxChars; node = walker.nextNode() as Text | null) {
    if (node === headText) headPos = pos;
    const data = node.data;
    read += data.length;
    if (data.length < 4 || !HAS_YEAR.test(data)) {
      const short = data.length <= 40 && data.includes('.') ? findShortYearDate(data) : null;
      if (short && node.parentElement) {
        // "28.01.22" counts only in an element named as a date, right after a label or right
        // after the author's name ("<a rel="author">Jane Doe</a>, 8.5.12").
        const place = placeOf(node.parentElement, view);
        const kind = labelKind(data.slice(0, short.start));
        if (DATEISH.test(place.hint) || kind !== 'unknown' || (short.start <= 3 && afterAuthor(node))) {
          seen.push({ day: short.day, raw: data.slice(short.start, short.end), kind, place, pos });
        }
      }
      if (data.length < 400) {
        pos += data.length;
        if (/\S/.test(data)) tail = (tail + ' ' + data).slice(-64);
      }
      continue;
    }
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.localName)) continue;
    pos += data.length;
    const dates = findDatesInText(data, order);
    if (!dates.length) {
      tail = (tail + ' ' + data).slice(-64);
      continue;
    }
    const place = placeOf(parent, view);
    let from = 0;
    for (const d of dates) {
      const before = (from === 0 ? tail + ' ' : '') + data.slice(from, d.start);
      from = d.end;
      if (place.inTime || COPYRIGHT.test(before.slice(-24))) continue;
      const kind = labelKind(before);
      seen.push({ day: d.day, raw: data.slice(d.start, d.end), kind, place, pos: pos - data.length + d.start });
    }
    tail = (tail + ' ' + data).slice(-64);
  }
  // On a listing (no single headline, or several <article>s) the newest entry dates the page;
  // on a story the first date is the byline's.
  const listing = seen.length > 1 && (!heading || view.manyArticles);
  const rankOf = listing ? newestFirst(seen) : (_: Seen, i: number) => i;
  return seen.map((s, i) => weigh(s, rankOf(s, i), headPos));
}

/** The text right after a link or element marked as the author (rel, class or itemprop). */
function afterAuthor(node: Text): boolean {
  const prev = node.previousSibling;
  if (!prev || prev.nodeType !== 1) return false;
  const el = prev as Element;
  return /author/i.test(`${el.getAttribute('rel') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`);
}

function newestFirst(seen: Seen[]): (s: Seen) => number {
  const days = [...new Set(seen.map((s) => s.day))].sort().reverse();
  return (s) => days.indexOf(s.day);
}

function weigh(s: Seen, index: number, headPos: number): Candidate {
  const { place } = s;
  const distance = headPos < 0 ? Infinity : s.pos >= headPos ? s.pos - headPos : (headPos - s.pos) * 2;
  // Near in the reading order, not in the markup: the headline's container may hold the whole story.
  const near = distance < W.nearChars;
  const dateish = DATEISH.test(place.hint);
  const labelled = s.kind !== 'unknown';
  let weight = near ? W.textNear : dateish || labelled ? W.textMarked : W.textPlain;
  if (dateish) weight += W.textDateish;
  if (labelled) weight += W.textLabelled;
  weight -= Math.min(index, 10) * W.textOrderStep;
  if (place.elsewhere) weight *= W.elsewhere;
  const source = /datepublished|datemodified|datecreated/.test(place.hint) ? 'microdata' : near || labelled ? 'byline' : 'text';
  const where = place.elsewhere ? `in ${place.elsewhere}` : near ? 'near the headline' : dateish ? 'a date element' : 'page text';
  const detail = `${where}: "${s.raw}"`;
  const c = candidate(s.day, source, detail, s.kind, weight, s.raw);
  if (place.elsewhere) c.elsewhere = place.elsewhere;
  if (near) c.nearHeadline = true;
  return c;
}
