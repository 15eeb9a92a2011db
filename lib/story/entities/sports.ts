/**
 * Sports pages: results, fixtures and previews name teams by their town or school
 * ("No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0)"), which a tagger trained on wire copy
 * reads as places or people, and they put a position between a team and a player ("Erie QB
 * Blake Barnett"). Both are patterns of sports writing, not lists of teams.
 */
import type { EntityMention } from '../../types.ts';
import { SENTENCE_OPENERS } from './name-kinds.ts';

/**
 * A name followed by a win-loss record or a score in brackets: "Legacy (7-4)",
 * "Holy Family (34-26)", "Arsenal (2-1-0)". The name is up to four capitalized words
 * (hyphens and apostrophes inside), after an optional ranking ("No. 17", "#3").
 */
const NAME_WITH_RECORD = /(?<![\p{L}\d])((?:No\.|#)\s*\d{1,3}\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*\(\d{1,3}-\d{1,3}(?:-\d{1,3})?\)/gu;
/** What every NAME_WITH_RECORD match holds. */
const RECORD = /\(\d{1,3}-\d/u;
/** Words that can open the capitalized run but are not part of a team's name. */
const NOT_TEAM_WORDS = new RegExp(`^(?:${SENTENCE_OPENERS}|Vs|Beat|Beats|Over|Against)\\s+`, 'u');
/** A fixture: "… (7-4) at No. 1 Cherry Creek", "… (3-1) vs. Denver East". */
const FIXTURE_AFTER = /^\s*(?:at|vs\.?|versus)\s+(?:(?:No\.|#)\s*\d{1,3}\s+)?\p{Lu}/u;
const FIXTURE_BEFORE = /\)\s*,?\s*(?:at|vs\.?|versus)\s+$/u;

/**
 * Teams named with a record, as ORG mentions. A record alone also follows a pitcher
 * ("Kevin Foster (6-2) outdueled …"), so a team needs a ranking before it ("No. 17
 * Legacy (7-4)") or a fixture around it ("Legacy (7-4) at Cherry Creek (10-0)").
 */
export function teamsWithRecords(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  // Most stories have no record at all: one linear scan spares a match try at every capital.
  if (!RECORD.test(text)) return out;
  for (const m of text.matchAll(NAME_WITH_RECORD)) {
    const end = m.index! + m[0].length;
    const ranked = m[1] !== undefined;
    const fixture = FIXTURE_AFTER.test(text.slice(end, end + 24)) || FIXTURE_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!));
    if (!ranked && !fixture) continue;
    let start = m.index! + (m[1]?.length ?? 0);
    let name = m[2]!;
    for (let lead = NOT_TEAM_WORDS.exec(name); lead && lead[0].length < name.length; lead = NOT_TEAM_WORDS.exec(name)) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    out.push({ start, end: start + name.length, type: 'ORG', text: name });
  }
  return out;
}

const TEAM_NAME = String.raw`((?:\p{Lu}[\p{L}'’-]* ){0,3}\p{Lu}[\p{L}'’-]*)`;
/** In a story that lists teams: "No. 15 Fairview", "5A Fossil Ridge", "vs. Mullen", "knocking off Vista Ridge". */
const RANKED_OR_OPPONENT = new RegExp(
  String.raw`(?:(?:No\.|#) ?\d{1,3} |(?<![\p{L}\d])\d[A-Z] |\b(?:vs\.?|against|beat|beating|knocking off|losing to|lost to) (?:(?:No\.|#) ?\d{1,3} |\d[A-Z] )?)${TEAM_NAME}`,
  'gu',
);

const OPENER = new RegExp(`^(?:${SENTENCE_OPENERS})(?: |$)`, 'u');

/**
 * Teams of a story that lists at least two with records: also those named with only a
 * ranking or class ("No. 15 Fairview", "5A Fossil Ridge") or as an opponent ("vs. Mullen").
 */
export function teamsOfSportsStory(text: string): EntityMention[] {
  const teams = teamsWithRecords(text);
  if (teams.length < 2) return teams;
  const more: EntityMention[] = [];
  for (const m of text.matchAll(RANKED_OR_OPPONENT)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    if (OPENER.test(name)) continue;
    if (!teams.some((t) => t.start < start + name.length && start < t.end)) more.push({ start, end: start + name.length, type: 'ORG', text: name });
  }
  return [...teams, ...more];
}

/** Player positions written between a team (or a year) and a name: "Erie QB Blake Barnett". */
const POSITION = /^(?:QB|RB|HB|FB|WR|TE|OL|DL|DE|DT|LB|ILB|OLB|CB|DB|PG|SG|SF|PF)$/u;

/**
 * Splits a mention at a player's position: "Erie QB Blake Barnett" → team "Erie" (ORG),
 * player "Blake Barnett" (PER); "RB Maciu Ramaqa" → "Maciu Ramaqa". Offsets stay exact.
 */
export function splitAtPosition(m: EntityMention): EntityMention[] {
  const re = /\S+/gu;
  const words: { text: string; at: number }[] = [];
  for (const w of m.text.matchAll(re)) words.push({ text: w[0], at: w.index! });
  const i = words.findIndex((w) => POSITION.test(w.text));
  if (i < 0) return [m];
  const out: EntityMention[] = [];
  if (i > 0) {
    const end = words[i - 1]!.at + words[i - 1]!.text.length;
    out.push({ start: m.start, end: m.start + end, type: 'ORG', text: m.text.slice(0, end) });
  }
  if (i + 1 < words.length) {
    const from = words[i + 1]!.at;
    out.push({ start: m.start + from, end: m.end, type: 'PER', text: m.text.slice(from) });
  }
  return out;
}
