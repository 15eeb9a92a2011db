/**
 * Groups mentions into entities for the popup: one entry per real-world entity, with its
 * aliases, its role, and every mention for highlighting.
 */
import type { Entity, EntityMention, EntityType, Span } from '../../types.ts';
import { isAliasOf, looksLikeAcronym, nameWords, normalizeName } from './aliases.ts';
import { isAcronymOf } from './rules.ts';
import { roleAt } from './roles.ts';

interface Cluster {
  names: Map<string, number>; // normalized form -> count
  types: Map<EntityType, number>;
  mentions: EntityMention[];
  /** The fullest form: most words, then most characters. */
  name: string;
  type: EntityType;
}

/** "Name (ACR)" pairs written in the text: the acronym and the name it abbreviates. */
function definedAcronyms(text: string, mentions: readonly EntityMention[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const m of mentions) {
    const after = /^\s*\(\s*([^()\s]{2,10})\s*\)/u.exec(text.slice(m.end, m.end + 16));
    if (after && looksLikeAcronym(after[1]!) && isAcronymOf(after[1]!, m.text)) pairs.set(after[1]!, normalizeName(m.text));
  }
  return pairs;
}

/** "WASHINGTON" in a dateline or headline is "Washington" in the text. */
function hasCaseVariant(c: Cluster, name: string): boolean {
  if (looksLikeAcronym(name) && !/^\p{Lu}{5,}$/u.test(name)) return false; // "US" is not "Us"
  const folded = name.toLowerCase();
  for (const n of c.names.keys()) if (n.toLowerCase() === folded && (n === n.toUpperCase() || name === name.toUpperCase())) return true;
  return false;
}

/** Prefers mixed case over all capitals: "Washington" rather than "WASHINGTON". */
const caseRank = (s: string) => (s === s.toUpperCase() && s.length > 4 ? 1 : 0);

const fuller = (a: string, b: string) => nameWords(a).length - nameWords(b).length || a.length - b.length;

/**
 * Merges the mentions of `text` into entities: "Kenney" joins "Jim Kenney", "ICE" joins
 * "U.S. Immigrations and Customs Enforcement" (given as "Name (ACR)" or by its initials),
 * "NBC" joins "NBC News". Each entity gets its fullest name, other forms as aliases, the role
 * the text gives (people only), mention count, first offset and all mention spans. Sorted by
 * count (descending), then first position.
 */
export function groupEntities(text: string, mentions: readonly EntityMention[]): Entity[] {
  const acronyms = definedAcronyms(text, mentions);
  // Longest names first, so that short forms find the full name they stand for.
  const order = [...mentions].sort((a, b) => fuller(normalizeName(b.text), normalizeName(a.text)) || a.start - b.start);
  const clusters: Cluster[] = [];
  for (const m of order) {
    const name = normalizeName(m.text);
    if (!name) continue;
    const target = findCluster(clusters, name, m, acronyms);
    if (target) {
      target.mentions.push(m);
      target.names.set(name, (target.names.get(name) ?? 0) + 1);
      target.types.set(m.type, (target.types.get(m.type) ?? 0) + 1);
    } else {
      clusters.push({ names: new Map([[name, 1]]), types: new Map([[m.type, 1]]), mentions: [m], name, type: m.type });
    }
  }
  const entities = clusters.map((c) => toEntity(text, c, mentions));
  entities.sort((a, b) => b.count - a.count || a.firstIndex - b.firstIndex);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** The cluster a mention belongs to: same name, or a longer name it is an alias of. */
function findCluster(clusters: readonly Cluster[], name: string, m: EntityMention, acronyms: Map<string, string>): Cluster | undefined {
  const expansion = acronyms.get(name);
  const exact = clusters.find((c) => (c.names.has(name) || hasCaseVariant(c, name)) && (c.type === m.type || expansion !== undefined));
  if (exact) return exact;
  if (expansion) {
    const defined = clusters.find((c) => c.names.has(expansion));
    if (defined) return defined;
  }
  // Of several candidates ("Kenney" could be two Kenneys), the nearest earlier full mention wins.
  const candidates = clusters.filter((c) => [...c.names.keys()].some((full) => isAliasOf(name, m.type, full, c.type)));
  if (candidates.length <= 1) return candidates[0];
  const distance = (c: Cluster) => Math.min(...c.mentions.map((x) => (x.start <= m.start ? m.start - x.start : 1e9 + x.start - m.start)));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

function toEntity(text: string, c: Cluster, all: readonly EntityMention[]): Entity {
  const forms = [...c.names.keys()].sort((a, b) => caseRank(a) - caseRank(b) || fuller(b, a) || c.names.get(b)! - c.names.get(a)!);
  const name = forms[0]!;
  const type = [...c.types.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const mentions: Span[] = c.mentions.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  let role: string | null = null;
  if (type === 'PER') {
    for (const span of mentions) {
      role = roleAt(text, span, all);
      if (role) break;
    }
  }
  return {
    id: '',
    type,
    name,
    aliases: forms.slice(1),
    role,
    count: mentions.length,
    firstIndex: mentions[0]!.start,
    mentions,
  };
}
