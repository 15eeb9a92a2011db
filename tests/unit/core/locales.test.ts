import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const dir = join(process.cwd(), 'public', '_locales');
const load = (locale: string): Messages => JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8'));
const locales = readdirSync(dir);
const english = load('en');

describe('translations', () => {
  it('exist for English, German, French and Spanish at least', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es']));
  });

  it.each(locales)('%s has exactly the keys English has', (locale) => {
    expect(Object.keys(load(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s uses the same placeholders, each defined, and no empty message', (locale) => {
    for (const [key, entry] of Object.entries(load(locale))) {
      expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      const englishUsed = [...english[key]!.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(used, `${locale}.${key} placeholders`).toEqual(englishUsed);
      for (const name of used) expect(entry.placeholders?.[name], `${locale}.${key} defines $${name}$`).toBeDefined();
    }
  });

  it.each(locales)('%s names its own language for number and date formatting', (locale) => {
    expect(load(locale).localeCode!.message).toBe(locale);
  });
});
