/**
 * The data Backstory passes around. Everything here is plain JSON: it crosses the
 * extension's message boundary and is printed by the Node tools unchanged.
 */

/** Where a date was found on the page. */
export type DateSource =
  | 'json-ld' // <script type="application/ld+json">
  | 'meta' // <meta property/name/itemprop=...>
  | 'microdata' // itemprop on a visible element
  | 'time' // <time datetime> or its text
  | 'url' // /2017/09/28/ in the address
  | 'byline' // a dated byline or "Published …" line in the visible text
  | 'text'; // other visible text near the article header

/** One date Backstory settled on. */
export interface FoundDate {
  /** The calendar day as the publisher wrote it (no conversion to UTC): YYYY-MM-DD. */
  day: string;
  /** The full timestamp as written on the page, when it had one. */
  raw?: string;
  source: DateSource;
  /** Human-readable origin, e.g. `meta[property="article:published_time"]`. */
  detail: string;
  /** 0..1, how sure the detector is. */
  confidence: number;
}

/** A date seen on the page, kept so the UI can explain "why this date?". */
export interface DateCandidate extends FoundDate {
  kind: 'published' | 'updated' | 'unknown';
  /** Set when the date sits outside the story (in an aside, a comment, a teaser…): what holds it. */
  elsewhere?: string;
  /** Set when the date is written in the text right by the headline (a byline's). */
  nearHeadline?: boolean;
}

export interface ArticleDates {
  published: FoundDate | null;
  updated: FoundDate | null;
  /** The strongest candidates considered, best first (at most ~10). */
  candidates: DateCandidate[];
}

/** The cheap verdict made on every page load. */
export interface ArticleVerdict {
  isArticle: boolean;
  /** Which signals were seen, e.g. `readerable`, `og:type=article`, `jsonld:NewsArticle`. */
  signals: string[];
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A character span in `ArticleAnalysis.text` (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** One mention of a name in the text, as the recognizer found it. */
export interface EntityMention extends Span {
  type: EntityType;
  text: string;
}

/** One real-world entity, with all the ways the text refers to it. */
export interface Entity {
  /** Stable within one analysis, e.g. `e3`. */
  id: string;
  type: EntityType;
  /** The fullest form used in the text: "Jim Kenney". */
  name: string;
  /** Other forms used for the same entity: "Kenney"; "ICE" for the agency. */
  aliases: string[];
  /** Role or title as the text gives it: "Philadelphia mayor". */
  role: string | null;
  /** Number of mentions (aliases included). */
  count: number;
  /** Offset of the first mention. */
  firstIndex: number;
  mentions: Span[];
}

/** A quotation with its speaker. */
export interface Quote extends Span {
  /** The words inside the quotation marks (the span covers just them). */
  text: string;
  /**
   * The quoted pieces, when the quote is interrupted by its attribution (“…,” he said,
   * “…”) or runs over paragraphs; `start`/`end` span them all.
   */
  parts?: Span[];
  /** The speaker as written near the quote ("Kenney", "she", "the agency"), if found. */
  speaker: (Span & { text: string }) | null;
  /** The entity the speaker refers to, when known. */
  speakerEntityId: string | null;
  /** What the popup shows as the speaker: the entity's name, or the mention itself. */
  speakerName: string | null;
}

/**
 * One attribution of reported speech: who (source) said (cue) what (content), whether quoted
 * word for word, partly, or reported in the story's own words.
 */
export interface ReportedStatement extends Span {
  /** The content's pieces (more than one when the attribution interrupts it); `start`/`end` span them. */
  parts: Span[];
  /** The content as the story words it; pieces joined by " … ". */
  text: string;
  /** direct: (nearly) all inside quotation marks; indirect: none; mixed: some. */
  kind: 'direct' | 'mixed' | 'indirect';
  /** The reporting words ("said", "according to", "told NBC"), if found. */
  cue: (Span & { text: string }) | null;
  /** The source as written ("ICE", "he", "officials"), if found. */
  source: (Span & { text: string }) | null;
  /** The entity the source refers to, when known. */
  sourceEntityId: string | null;
  /** What the popup shows as the source: the entity's name, or the mention itself. */
  sourceName: string | null;
}

/** Everything the popup shows for one page. */
export interface ArticleAnalysis {
  url: string;
  isArticle: boolean;
  signals: string[];
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Article text: paragraphs joined by a blank line ("\n\n"). All spans index into this. */
  text: string;
  /** Start offset of each paragraph in `text`. */
  paragraphStarts: number[];
  wordCount: number;
  readingMinutes: number;
  dates: ArticleDates;
  /**
   * Whether names and quotes were looked for: the models read English, so a story in another
   * language gets none rather than capitalised nouns listed as people (lib/language.ts).
   */
  languageSupported: boolean;
  entities: Entity[];
  quotes: Quote[];
  /** Reported speech, direct, mixed and indirect (lib/story/attributions). */
  attributions?: ReportedStatement[];
}
