// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/story/analyze.ts';
import { languageShares, readsAsEnglish } from '../../../lib/story/language.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const seedText = readFixture('pages/operation-safe-city/copied.txt');

const GERMAN =
  'Die Bundesregierung hat am Mittwoch ein neues Klimapaket beschlossen. Nach Angaben des Ministeriums sollen die Emissionen bis 2030 deutlich sinken, wie die Ministerin in Berlin sagte. Kritiker aus der Opposition halten das für zu wenig und fordern, dass auch der Verkehr stärker in die Pflicht genommen wird.';
const FRENCH =
  'Le gouvernement a présenté mercredi un nouveau plan pour le climat. Selon le ministère, les émissions doivent baisser nettement dans les dix prochaines années, a déclaré la ministre à Paris. Pour l’opposition, ce plan est trop timide et ne touche pas assez le secteur des transports.';
const SPANISH =
  'El Gobierno presentó el miércoles un nuevo plan para el clima. Según el ministerio, las emisiones deben bajar de forma clara en los próximos diez años, dijo la ministra en Madrid. Para la oposición, el plan es demasiado tímido y no toca lo suficiente el sector del transporte.';
const RESULTS =
  'SOCCER - ENGLISH PREMIER LEAGUE RESULTS. LONDON 1996-08-30 Results of English premier league matches on Saturday: Arsenal 2 Chelsea 0, Aston Villa 1 Leeds 1, Everton 3 Newcastle 2, Liverpool 0 Wimbledon 0, Southampton 2 Derby 2.';

describe('readsAsEnglish', () => {
  it('reads English prose and English results tables as English', () => {
    expect(readsAsEnglish(seedText)).toBe(true);
    expect(readsAsEnglish(RESULTS)).toBe(true);
  });

  it('tells German, French and Spanish prose from English, whatever the page declares', () => {
    for (const text of [GERMAN, FRENCH, SPANISH]) expect(readsAsEnglish(text)).toBe(false);
    expect(languageShares(GERMAN).otherLatin).toBeGreaterThan(languageShares(GERMAN).english);
  });

  it('does not read other scripts as English, and gives very short texts the benefit of the doubt', () => {
    expect(readsAsEnglish('Правительство в среду представило новый план по климату, сообщило министерство в Москве.'.repeat(3))).toBe(false);
    expect(readsAsEnglish('政府は水曜日、新しい気候計画を発表した。')).toBe(false);
    expect(readsAsEnglish('')).toBe(true);
  });

  it('goes by the language most of the story is in, not by a quotation in another', () => {
    expect(readsAsEnglish(`${seedText}\n\nThe ministry's statement read: “${GERMAN}”`)).toBe(true);
    expect(readsAsEnglish(`${GERMAN} ${GERMAN} ${GERMAN} Der Minister zitierte: “We are not going to wait for the others, and we said so.”`)).toBe(false);
  });
});

describe('analyzePage and the story language', () => {
  const page = (lang: string, body: string) =>
    new DOMParser().parseFromString(
      `<html lang="${lang}"><head><title>Klima</title><meta property="og:type" content="article"></head><body><article><h1>Klimapaket</h1>${`<p>${body}</p>`.repeat(6)}</article></body></html>`,
      'text/html',
    );

  it('lists no names or quotes for a story in another language, and says why', () => {
    const analysis = analyzePage(page('en', GERMAN), { url: 'https://zeitung.example/klima', now: new Date('2026-11-28'), force: true });
    expect(analysis.text).toContain('Bundesregierung');
    expect(analysis.languageSupported).toBe(false);
    expect(analysis.entities).toEqual([]);
    expect(analysis.quotes).toEqual([]);
  });

  it('reads the names of an English story', () => {
    const html = readFixture('pages/operation-safe-city/page.html');
    const analysis = analyzePage(new DOMParser().parseFromString(html, 'text/html'), { url: 'https://news.example/story', now: new Date('2026-11-28') });
    expect(analysis.languageSupported).toBe(true);
    expect(analysis.entities.map((e) => e.name)).toContain('Jim Kenney');
  });
});
