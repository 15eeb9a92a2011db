/**
 * Month names in the languages Backstory reads dates in: English, German, French, Spanish,
 * Catalan, Italian, Portuguese, Dutch, the Scandinavian languages, Polish, Czech, Hungarian,
 * Romanian, Turkish, Russian, Ukrainian, Greek and Arabic (Egyptian and Levantine). Full forms and the inflected (genitive)
 * forms used in dates; abbreviations are accepted as prefixes of these (see monthOf).
 */
export const FORMS: readonly string[] = [
  'january januar jänner janvier enero gener gennaio janeiro januari stycznia styczeń leden ledna január ianuarie ocak январь января січень січня ιανουαρίου يناير',
  'february februar février febrero febrer febbraio fevereiro februari lutego luty únor února február februarie şubat subat февраль февраля лютий лютого φεβρουαρίου فبراير شباط',
  'march märz maerz mrz mars marzo març março maart mrt marca marzec březen března március martie mart март марта березень березня μαρτίου مارس آذار',
  'april avril abril aprile kwietnia kwiecień duben dubna április aprilie nisan апрель апреля квітень квітня απριλίου أبريل ابريل نيسان',
  'may mai mayo maig maggio maio mei maj maja květen května május mayıs mayis май мая травень травня μαΐου مايو أيار',
  'june juni juin junio juny giugno junho czerwca czerwiec červen června június iunie haziran июнь июня червень червня ιουνίου يونيو يونيه حزيران',
  'july juli juillet julio juliol luglio julho lipca lipiec červenec července július iulie temmuz июль июля липень липня ιουλίου يوليو يوليه تموز',
  'august août agosto agost augustus sierpnia sierpień srpen srpna augusztus ağustos agustos август августа серпень серпня αυγούστου أغسطس',
  'september septembre septiembre setiembre setembre settembre setembro września wrzesień září szeptember septembrie eylül eylul сентябрь сентября вересень вересня σεπτεμβρίου سبتمبر أيلول',
  'october oktober octobre octubre octubre ottobre outubro października październik říjen října október octombrie ekim октябрь октября жовтень жовтня οκτωβρίου أكتوبر',
  'november novembre noviembre novembro listopada listopad listopadu noiembrie kasım kasim ноябрь ноября листопад листопада νοεμβρίου نوفمبر',
  'december dezember décembre diciembre desembre dicembre dezembro grudnia grudzień prosinec prosince decembrie aralık aralik декабрь декабря грудень грудня δεκεμβρίου ديسمبر',
];

/** Lower case without accents, so "Février", "fevrier" and "FÉVR." compare equal. */
export function foldWord(word: string): string {
  // Latin accents, and Arabic hamza and vowel marks, which writers often leave out.
  return word.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '').toLowerCase().replace(/\.$/, '');
}

const FULL = new Map<string, number>();
FORMS.forEach((line, i) => line.split(' ').forEach((w) => FULL.set(foldWord(w), i + 1)));

/** Abbreviations: every 3–5 letter prefix that belongs to one month only ("sept", "févr", "окт"). */
const ABBR = new Map<string, number>();
for (const [word, month] of FULL) {
  for (let n = 3; n <= Math.min(5, word.length); n++) {
    const p = word.slice(0, n);
    const seen = ABBR.get(p);
    ABBR.set(p, seen === undefined || seen === month ? month : 0);
  }
}

/** Month number 1–12 for a month name or abbreviation in any supported language, else 0. */
export function monthOf(word: string): number {
  const w = foldWord(word);
  return FULL.get(w) ?? (w.length <= 5 ? ABBR.get(w) ?? 0 : 0);
}
