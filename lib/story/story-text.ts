/**
 * What in Readability's article is story text, and what is page furniture: photo and agency
 * credits, bylines and author bios, ad labels, sign-up prompts, related-story teasers,
 * copyright lines. Decided before names are read, so that "Getty Images" or a photographer
 * never reaches the popup. Two kinds of cue: the markup (`isNotStoryElement`) and the text
 * (`isFurniture`, `withoutCredits`).
 */

/** Class and id words that mark furniture ("o-credit__attribution", "c-recirculation-link"). */
const FURNITURE_WORDS = new Set([
  'credit', 'credits', 'byline', 'bylines', 'author', 'authors', 'contributor', 'bio', 'sigfile', 'attribution',
  'recirculation', 'recirc', 'related', 'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'promo',
  'cta', 'disclaimer', 'privacy', 'copyright', 'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'share',
  'sharing', 'social', 'outbrain', 'taboola', 'comments', 'breadcrumb', 'breadcrumbs', 'toast',
]);
/** Words that make a "source" in the markup a photo's credit ("caption__source"), not a story's source. */
const PICTURE_WORDS = new Set(['caption', 'figcaption', 'figure', 'photo', 'image', 'img', 'picture', 'media']);
/** schema.org properties of a picture's or page's rights holder ("copyrightHolder"): a credit, whatever the class. */
const CREDIT_ITEMPROPS = /^(?:copyrightholder|copyrightnotice|credittext|copyrightyear)$/i;
/** Whole class names of text hidden from sight (screen-reader labels such as "Credit"). */
const HIDDEN_CLASSES = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only|a11y-hidden)(?:\s|$)/;
/** Blocks that can be a teaser: mostly a link, and short. */
const TEASER_TAGS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD']);

function markupWords(el: Element): string[] {
  const marks = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return marks ? marks.toLowerCase().split(/[^a-z0-9]+/) : [];
}

const textLength = (node: Node) => (node.textContent ?? '').replace(/\s+/g, '').length;

/** Characters of text inside links under `el` (a plain walk: jsdom's live collections are slow). */
function linkTextLength(el: Element): number {
  let linked = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (child.tagName.toUpperCase() === 'A') linked += textLength(child);
      else stack.push(child);
    }
  }
  return linked;
}

/** Words of a box that holds more than a credit ("cli-image__source-wrapper" holds the caption too). */
const HOLDER_WORDS = new Set(['wrapper', 'wrap', 'container', 'inner', 'outer', 'group']);
/** A picture credit is a few words ("Anthony Wallace / AFP - Getty Images"). */
const MAX_CREDIT_WORDS = 12;

/** A picture's "source" in the markup ("caption__source"): its credit, when it is only a few words. */
function isPictureSource(el: Element, words: readonly string[]): boolean {
  if (!words.includes('source') || !words.some((w) => PICTURE_WORDS.has(w)) || words.some((w) => HOLDER_WORDS.has(w))) return false;
  return (el.textContent ?? '').trim().split(/\s+/).length <= MAX_CREDIT_WORDS;
}

/**
 * Whether an element of the extracted article is not story text: hidden (aria-hidden, a
 * screen-reader-only label), marked as furniture by its class or id, or a short block
 * that is all link (a related-story teaser).
 */
export function isNotStoryElement(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class') ?? '';
  if (HIDDEN_CLASSES.test(cls)) return true;
  const words = markupWords(el);
  if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
  if (isPictureSource(el, words)) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && CREDIT_ITEMPROPS.test(itemprop.trim())) return true;
  if (TEASER_TAGS.has(el.tagName.toUpperCase())) {
    const total = textLength(el);
    if (total > 0 && total < 200) {
      if (linkTextLength(el) / total >= 0.8) return true;
    }
  }
  return false;
}

const AGENCIES = String.raw`(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Getty|Shutterstock|Alamy|PA Images|PA Wire|PA|Bloomberg|Xinhua|Anadolu|NurPhoto|SOPA Images|LightRocket|Sipa|Zuma|ZUMA Press|Redux|Polaris|Associated Press|The Associated Press|iStock|iStockphoto|Unsplash|Pexels|Wikimedia Commons|Wikipedia|Flickr)`;

/** A paragraph that is only a credit: "Noah Berger / AP", "Universal Images Group via Getty Images". */
const CREDIT_ONLY = new RegExp(
  String.raw`^(?:(?:photo(?:graph)?s?|image|picture|credit|illustration|video)(?:\s+by)?\s*:?\s*)?[^.!?]{0,80}?(?:\s*[/|]\s*|\bvia\s+|^)${AGENCIES}(?:(?:\s*[/|]\s*|\s+[-–]\s+)${AGENCIES})*(?:\s+(?:via|for)\s+${AGENCIES})?\.?$`,
  'iu',
);

/** Short lines of page furniture, matched whole. */
const FURNITURE_LINE =
  /^(?:advertisement|ad feedback|ad|ads|sponsored(?: content)?|paid content|skip advertisement|story continues below(?: advertisement)?|continue reading(?: the main story)?|continue reading below|play(?: video)?|pause|mute|unmute|replay|current time.*|duration.*|comments?|\d+ comments?|edit story|sign in|log in|sign up(?: now)?|subscribe(?: now)?|invalid email|photo|photos|image|video|credit|close|share(?: this)?(?: article| story)?|menu|search|loading.*|\(end\)|end|back to top|print|email|most read|most popular|trending|recommended|related|related articles|related stories|you might be interested in\.*|you may also like|more stories|more on this story|top stories|latest news)[.:…]*$/iu;

/**
 * Whether a paragraph of the extracted text is page furniture rather than story: ad labels,
 * credits, bylines and "Published …" lines, sign-up prompts, copyright lines, teasers
 * ("Read more: …"), contact lines. `byline` is the article's byline, when known.
 */
export function isFurniture(paragraph: string, byline?: string | null): boolean {
  const p = paragraph.trim();
  if (!p) return true;
  const words = p.split(/\s+/).length;
  if (FURNITURE_LINE.test(p)) return true;
  if (words <= 14 && CREDIT_ONLY.test(p)) return true;
  if (words <= 8 && /^(?:[Cc]redit|CREDIT|[Pp]hoto|PHOTO|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\s*:?\s+\p{Lu}/u.test(p) && !/[.!?]$/.test(p)) return true;
  // Section labels and kickers in capitals ("MORE SIXERS", "REUTERS", "YOU MIGHT BE INTERESTED IN...").
  if (words <= 6 && !/\p{Ll}/u.test(p) && /\p{Lu}{2}/u.test(p)) return true;
  if (words <= 40 && /(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b)/iu.test(p)) return true;
  if (/^(?:read|read more|read also|also read|related|see also|more|watch|listen|recommended|up next|more from|more on)\s*:/iu.test(p)) return true;
  if (words <= 45 && /\b(?:newsletters?|sign up|sign-up|subscribe|in your inbox|email address|by email)\b/iu.test(p)) return true;
  if (words <= 14 && /^(?:[Bb]y|BY|[Ww]ords by|[Rr]eporting by|[Ww]ritten by|[Ss]tory by)\s+\p{Lu}/u.test(p)) return true;
  if (words <= 12 && /\b(?:contributor|staff writer|national writer|senior writer|correspondent|reporter|columnist|editor|photographer)s?$/iu.test(p)) return true;
  if (words <= 16 && /^(?:published|updated|posted|last updated|first published|modified)\b/iu.test(p)) return true;
  if (/^(?:reporting by|additional reporting by|editing by|writing by|compiled by)\b/iu.test(p) && words <= 30) return true;
  if (/^(?:\S+@\S+\.\S+|https?:\/\/\S+|pic\.twitter\.com\/\S+)$/u.test(p)) return true;
  // Science news ends with the paper's reference and a "cite this page" line: authors, journals, DOIs.
  if (words <= 120 && /^(?:more information|journal information|journal references?|references?|citation|story source|provided by|doi)\s*:/iu.test(p)) return true;
  if (words <= 80 && /\bdoi\s*:\s*10\.\d{4,}\//iu.test(p)) return true;
  // Asking to follow or write to the author: a short line opening "Follow us …", or the author's bio
  // closing the story ("Lucas Nolan is a reporter for … Follow him on Twitter @… or email him at …").
  if (words <= 25 && /^follow (?:me|us|him|her|them)\b/iu.test(p)) return true;
  if (words <= 60 && /\b(?:follow (?:me|us|him|her|them) on (?:twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin)|email (?:me|us|him|her|them) at)\b/iu.test(p)) return true;
  // Calls to action: "Download", "… Order Now", "The Times of India News App for Latest City News".
  if (words <= 25 && (/^download$/iu.test(p) || /\b(?:order|buy|subscribe|download|shop|register|join) now[.!]?$/iu.test(p) || (words <= 12 && /\bnews app\b/iu.test(p) && !/[.!?]$/u.test(p)))) return true;
  // Shopping disclosures: "All products recommended by … are selected by our editorial team …".
  if (words <= 80 && /\b(?:affiliate (?:commission|links?)|we may earn|earn (?:a|an affiliate) commission|independent of our parent company)\b/iu.test(p)) return true;
  if (/^opinions expressed\b|\bletters? to the editor\b|^we want to hear what you think/iu.test(p) && words <= 40) return true;
  if (/^(?:i am|i'm) a\b.*\b(?:contributor|writer|journalist|reporter)\b/iu.test(p) && words <= 60) return true;
  if (byline && words <= 14) {
    const bare = p.replace(/^by\s+/i, '').trim();
    // "Hillel ItalieThe Associated Press", "Marla Milling, Contributor": the byline, not a sentence.
    if (bare === byline || (bare.startsWith(byline) && !/[.!?"”]$/u.test(bare))) return true;
  }
  return false;
}

const PARENTHESISED_CREDIT = new RegExp(
  String.raw`\s*\((?:[^()]*?\b(?:photo(?:graph)?s?|image|picture|credit|illustration|video)(?:\s+by)?\s*[:/][^()]*|[^()]*?\b${AGENCIES}(?:\s+Photo)?\s*/[^()]*|[^()]*\bvia\s+Getty Images[^()]*|Getty Images|AP|AFP|Reuters|Shutterstock)\)`,
  'giu',
);
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:\s+|^)(?:(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit|CREDIT|[Ii]llustration)(?:\s+by)?\s*:\s*[^.!?]*|(?:\p{Lu}(?:\.|[\p{L}'’-]*)\s+){0,5}\p{Lu}[\p{L}.'’-]*\s*/\s*${AGENCIES}(?:(?:\s*/\s*|\s+[-–]\s+)${AGENCIES})*(?:\s+via\s+${AGENCIES})?|[^.!?]{0,60}\bvia Getty Images)\s*$`,
  'u',
);

/**
 * The paragraph without the credits written into it: "(AP Photo/Ted S. Warren)",
 * "(Image: Getty Images)", a trailing "Credit: DrMikeBaxter/Wikipedia" or
 * "Mandel NGAN / AFP/Getty Images". The rest of a caption stays: it describes the story.
 */
export function withoutCredits(paragraph: string): string {
  const text = (paragraph.includes('(') ? paragraph.replace(PARENTHESISED_CREDIT, '') : paragraph).replace(LEADING_AGENCY_CREDIT, '');
  // A trailing credit is short: only the paragraph's tail is searched (a book-long paragraph stays cheap).
  const cut = Math.max(0, text.length - TAIL);
  const tail = text.slice(cut).replace(TRAILING_CREDIT, '');
  return (cut ? text.slice(0, cut) + tail : tail).replace(/\s+/g, ' ').trim();
}

const TAIL = 240;

/**
 * A wire credit that opens the first paragraph, in capitals, before a dash: "JTA — ",
 * "KVELLER via JTA — ". (A dateline's place, "WASHINGTON — ", is longer and stays.)
 */
const LEADING_AGENCY_CREDIT = /^(?:\p{Lu}{2,}(?: \p{Lu}{2,})* via )?\p{Lu}{2,5} [—–] (?=\p{Lu})/u;
