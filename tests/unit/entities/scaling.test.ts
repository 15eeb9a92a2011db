import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../lib/types.ts';
import { groupEntities } from '../../../lib/story/entities/group.ts';
import { applyRules } from '../../../lib/story/entities/rules.ts';
import { tokenize } from '../../../lib/story/entities/tokenize.ts';
import { growth, LINEAR, timeRatio } from '../../helpers/growth.ts';

/** A surname made of letters only, distinct for each i ("Qab", "Qac", ...). */
const surname = (i: number) => `Q${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

/** An open letter: one long line of `n` signatories, "Anna Qab, Tom Qac, …", then each surname again. */
function openLetter(n: number): { text: string; mentions: EntityMention[] } {
  const mentions: EntityMention[] = [];
  let text = 'We, the undersigned, ask the council to act. Signed: ';
  const add = (name: string) => {
    mentions.push({ start: text.length, end: text.length + name.length, type: 'PER', text: name });
    text += name;
  };
  for (let i = 0; i < n; i++) {
    add(`${i % 2 ? 'Anna' : 'Tom'} ${surname(i)}`);
    text += ', ';
  }
  text += 'and others.\nLater ';
  for (let i = 0; i < n; i++) {
    add(surname(i));
    text += ' agreed, ';
  }
  return { text, mentions };
}

describe('grouping scales with the number of names', () => {
  it('takes about 4 times as long for 4 times the names (not 16: no name compared with every other)', () => {
    const small = openLetter(500);
    const large = openLetter(2000);
    groupEntities(small.text, small.mentions); // warm up
    const ratio = timeRatio(() => groupEntities(large.text, large.mentions), () => groupEntities(small.text, small.mentions), 7);
    expect(ratio).toBeLessThan(8);
  });

  it('still groups each surname with its own signatory', () => {
    const { text, mentions } = openLetter(50);
    const entities = groupEntities(text, mentions);
    expect(entities).toHaveLength(50);
    expect(entities.every((e) => e.count === 2 && e.aliases.length === 1)).toBe(true);
  });
});

/** `n` company names that share their last word ("Qab Corp, Qac Corp, …"), tagged as organizations. */
function companies(n: number): { text: string; mentions: EntityMention[] } {
  const mentions: EntityMention[] = [];
  let text = 'Listed: ';
  for (let i = 0; i < n; i++) {
    const name = `${surname(i)} Corp`;
    mentions.push({ start: text.length, end: text.length + name.length, type: 'ORG', text: name });
    text += `${name}, `;
  }
  return { text, mentions };
}

describe('names that share a word, and every token against every name', () => {
  it('grouping thousands of names ending in the same word is linear (each used to be compared with all)', () => {
    expect(growth(1000, (n) => { const { text, mentions } = companies(n); return () => groupEntities(text, mentions); }, 5)).toBeLessThan(LINEAR);
  });

  it('still keeps each such company apart', () => {
    const { text, mentions } = companies(60);
    expect(groupEntities(text, mentions)).toHaveLength(60);
  });

  it('the recognizer\'s rules mark the tokens that names cover in linear time (each token used to be checked against every name)', () => {
    const work = (n: number) => {
      const { text, mentions } = openLetter(n);
      const tokens = tokenize(text);
      return () => applyRules(text, tokens, mentions);
    };
    expect(growth(1000, work, 5)).toBeLessThan(LINEAR);
  });
});
