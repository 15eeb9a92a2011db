import { formatCount } from '../../lib/format.ts';
import type { Entity, ReportedStatement } from '../../lib/types.ts';
import type { Translator } from '../i18n.tsx';

/** One source and what the story reports it said, in text order. */
export interface SourceGroup {
  /** Entity id, or the lower-cased source name, or '' for statements with no source found. */
  key: string;
  /** The source as the popup shows it: the entity's name, else the words of the text. */
  name: string | null;
  entityId: string | null;
  statements: ReportedStatement[];
}

/**
 * Groups statements by who made them: by linked entity, else by the source's name as written
 * ("officials"). Most statements first (ties: earliest first); statements with no source last.
 */
export function groupBySource(statements: readonly ReportedStatement[], entities: readonly Entity[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const s of statements) {
    const entity = s.sourceEntityId ? entities.find((e) => e.id === s.sourceEntityId) : undefined;
    const name = entity?.name ?? s.sourceName ?? s.source?.text ?? null;
    const key = entity ? entity.id : name ? name.toLowerCase() : '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name, entityId: entity?.id ?? null, statements: [] }));
    g.statements.push(s);
  }
  return [...groups.values()].sort((a, b) =>
    Number(a.key === '') - Number(b.key === '') ||
    b.statements.length - a.statements.length ||
    a.statements[0]!.start - b.statements[0]!.start);
}

/** How many statements each entity made, for the people and organizations lists. */
export function statementCounts(statements: readonly ReportedStatement[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) if (s.sourceEntityId) counts.set(s.sourceEntityId, (counts.get(s.sourceEntityId) ?? 0) + 1);
  return counts;
}

/** "1 statement" / "3 statements" (messages have no plural forms: one and other are two keys). */
export function statementCount(t: Translator['t'], count: number, locale: string): string {
  return count === 1 ? t('popupStatementOne') : t('popupStatementCount', formatCount(count, locale));
}
