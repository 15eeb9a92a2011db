/**
 * Whether a text is in English. Backstory's name and quote models learned English news: on a
 * German or French story they would list capitalised nouns as people, so the popup says the
 * story's language is not supported instead. Declared page languages are often wrong (templates
 * say "en" everywhere), so this looks at the words themselves: the short function words every
 * sentence needs differ between languages. Lists and tables of names have few function words
 * of any language; they count as English, where the models do well on them.
 */

const words = (list: string) => new Set(list.split(' '));

// Frequent English words that are not also everyday words in the languages below.
const ENGLISH = words('the and of to is that was for with he she said it as by from at his her are have has be this which who were been not they their would will but or had its when there what about after than more also could');

// Frequent function words of German, French, Spanish, Italian, Portuguese, Dutch and the
// Scandinavian languages that English text does not use (each listed once).
const OTHER_LATIN = words(
  'der die das und ist nicht mit sich auf für den dem des ein eine einer auch wird sind wurde von zu im bei nach aus wie oder aber ' +
    'le la les et est une du que pour dans qui pas sur au aux avec ce sont été par plus ' +
    'el los las y es una por para con del se su al lo como más pero sus fue ha ' +
    'il di che della sono non gli nel alla anche ' +
    'o os um uma não com da dos em na ao é de ' +
    'het een van en niet voor zijn met ook te dat ' +
    'och att det som är på med inte jeg ikke til af og er',
);

/** Characters looked at (about 2,000 words): a stable share, and quick on a book-length page. */
const SAMPLE_CHARS = 12_000;

export interface LanguageShares {
  /** Share of the sampled words that are English function words. */
  english: number;
  /** Share that are function words of other Latin-script languages. */
  otherLatin: number;
  /** Share of words written in Latin script. */
  latinScript: number;
  /** Numbers per word: high in results tables and lists, low in prose. */
  numbersPerWord: number;
  /** Words sampled. */
  words: number;
}

/** The word shares of the start of `text` that tell English from other languages. */
export function languageShares(text: string): LanguageShares {
  const start = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const sample = start.match(/\p{L}+/gu) ?? [];
  const numbers = start.match(/\d+/g)?.length ?? 0;
  let english = 0;
  let otherLatin = 0;
  let latin = 0;
  for (const word of sample) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER_LATIN.has(word)) otherLatin++;
    if (/^\p{Script=Latin}+$/u.test(word)) latin++;
  }
  const n = Math.max(sample.length, 1);
  return { english: english / n, otherLatin: otherLatin / n, latinScript: sample.length ? latin / n : 1, numbersPerWord: numbers / n, words: sample.length };
}

/** English prose has at least this share of English function words (news: median ≈ 0.3, rarely under 0.2). */
const ENGLISH_PROSE = 0.06;
/** Results tables and lists have this many numbers per word or more, and few function words. */
const LIST_NUMBERS = 0.2;

/**
 * Whether the names and quotes of `text` can be read: English prose, an English-looking list or
 * results table (numbers and names, no other language's function words), or too short to tell.
 */
export function readsAsEnglish(text: string): boolean {
  const shares = languageShares(text);
  if (shares.latinScript < 0.5) return false;
  if (shares.words < 20) return true;
  if (shares.english >= ENGLISH_PROSE && shares.english >= shares.otherLatin) return true;
  return shares.numbersPerWord >= LIST_NUMBERS && shares.otherLatin < 0.1;
}
