/**
 * How much each kind of evidence counts (0..1, read as "how often a date from here is the
 * publication date"). Set by hand from what each source means, then checked against half of the
 * evaluation pages and confirmed on the other half; none is tied to a site or a page.
 */
export const W = {
  /** JSON-LD: an Article/BlogPosting item, a WebPage item, an item without @type, any other type. */
  ldArticle: 0.9,
  ldPage: 0.7,
  ldUntyped: 0.65,
  ldOther: 0.45,
  /** `dateCreated` is often when the draft was started, a little before publication. */
  ldCreatedPenalty: 0.1,
  /** <meta>: a name that says published/modified; a bare "date"; an http-equiv header. */
  metaNamed: 0.92,
  metaGeneric: 0.35,
  metaHttpEquiv: 0.3,
  /** The address: /2017/09/28/, _28.09.2017_, /20170928/. */
  urlSplit: 0.8,
  urlDayFirst: 0.7,
  urlCompact: 0.6,
  /** <time>/<abbr>: in the headline's zone, elsewhere; bonus when marked "published". */
  timeNear: 0.7,
  timeFar: 0.45,
  timePublished: 0.1,
  timeOrderStep: 0.02,
  /** A <time> is the headline's when their common ancestor is at most this many levels up. */
  timeNearLevels: 4,
  /** Dates in the text: next to the headline, in a date-named element or after a label, anywhere. */
  textNear: 0.6,
  textMarked: 0.4,
  textPlain: 0.25,
  textDateish: 0.08,
  textLabelled: 0.1,
  textOrderStep: 0.01,
  /** Characters of text after the headline that still count as its byline. */
  nearChars: 400,
  /** Factor for a date in a sidebar, a comment or another story's teaser. */
  elsewhere: 0.3,
  /** How much an "updated" date counts towards the publication day. */
  updatedAsPublished: 0.25,
  /** Below this, a publication day is a guess, and a firmer "updated" day dates the page instead. */
  weakPublished: 0.3,
  /** Fallbacks, read only when nothing above this weight dates the page: the preview image's
   * address (a factor on the address weights) and published/created values in inline script data. */
  fallbackBelow: 0.3,
  imageFactor: 0.4,
  scriptData: 0.3,
  /** Weights at which the search stops: metadata, and a byline next to the headline. */
  settledMarked: 0.8,
  settledText: 0.6,
};
