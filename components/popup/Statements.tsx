import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format.ts';
import type { Entity, ReportedStatement } from '../../lib/types.ts';
import { groupBySource, type SourceGroup } from '../../lib/story/who-said-what.ts';
import { useI18n } from '../i18n.tsx';
import { statementCount } from './statement-count.ts';
import { cueBefore, withoutQuotationMarks } from './statement-citation.ts';

/** Sources shown before "more sources"; statements per source before "show more". */
const SOURCES_SHOWN = 6;
const STATEMENTS_SHOWN = 2;

/** How many of `count` to show collapsed: a button that reveals a single item is no shorter than the item. */
const collapsedCount = (count: number, limit: number) => (count > limit + 1 ? limit : count);

export interface StatementsProps {
  /** Quotes and reported statements, each quote once (lib/story/who-said-what.ts). */
  statements: ReportedStatement[];
  entities: Entity[];
  onSelect(statement: ReportedStatement): void;
  /** Copies a statement with its citation; no copy buttons when absent. */
  onCopy?(statement: ReportedStatement, sourceName: string | null): Promise<boolean>;
}

/**
 * Who said what, the popup's one list of it: per source, its statements — quotes verbatim in
 * quotation marks, reported statements as the story words them — each a button that shows it
 * in the page, and a copy button. The sources with most statements come first; the long tail
 * and long lists are collapsed, and long statements are cut to a few lines until selected.
 */
export function Statements({ statements, entities, onSelect, onCopy }: StatementsProps) {
  const { t, locale } = useI18n();
  const [allSources, setAllSources] = useState(false);
  // Keys, not objects: the list is rebuilt on every render of the popup.
  const [selected, setSelected] = useState<string | null>(null);
  if (statements.length === 0) return null;
  const groups = groupBySource(statements, entities);
  const collapsed = collapsedCount(groups.length, SOURCES_SHOWN);
  const shown = allSources ? groups : groups.slice(0, collapsed);
  const roles = new Map(entities.map((e) => [e.id, e.role]));
  const select = (s: ReportedStatement) => {
    setSelected(keyOf(s));
    onSelect(s);
  };
  return (
    <section class="section" aria-labelledby="statements-title" data-section="statements">
      <h2 id="statements-title">
        {t('popupStatements')} <span class="count">{formatCount(statements.length, locale)}</span>
      </h2>
      <ul class="sources">
        {shown.map((g) => (
          <SourceEntry
            key={g.key}
            group={g}
            role={g.entityId ? roles.get(g.entityId) ?? null : null}
            selected={selected}
            onSelect={select}
            onCopy={onCopy}
          />
        ))}
      </ul>
      {groups.length > collapsed ? (
        <button type="button" class="more" aria-expanded={allSources} onClick={() => setAllSources(!allSources)}>
          {allSources ? t('popupShowFewer') : t('popupMoreSources', formatCount(groups.length - collapsed, locale))}
        </button>
      ) : null}
    </section>
  );
}

interface SourceEntryProps extends Pick<StatementsProps, 'onSelect' | 'onCopy'> {
  group: SourceGroup;
  role: string | null;
  /** The key of the statement last shown in the page. */
  selected: string | null;
}

function SourceEntry({ group, role, selected, onSelect, onCopy }: SourceEntryProps) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const collapsed = collapsedCount(group.statements.length, STATEMENTS_SHOWN);
  const list = expanded ? group.statements : group.statements.slice(0, collapsed);
  return (
    <li class="source" data-source={group.name ?? ''}>
      <p class="source-name">
        <span class={group.name ? 'speaker' : 'speaker unknown'}>{group.name ?? t('popupUnattributed')}</span>
        {role ? <span class="role">{role}</span> : null}
        <span class="said">{statementCount(t, group.statements.length, locale)}</span>
      </p>
      <ol class="statements">
        {list.map((s) => {
          const key = keyOf(s);
          const direct = s.kind === 'direct';
          // Reported words follow their cue ("said"), as context; a quote stands on its own.
          const cue = direct ? null : cueBefore(s);
          const copyLabel = t(direct ? 'popupCopyQuote' : 'popupCopyStatement');
          return (
            <li key={key} class={`statement ${s.kind}${key === selected ? ' selected' : ''}`}>
              <button
                type="button"
                class="statement-text"
                onClick={() => onSelect(s)}
                title={t('popupShowInPage')}
                aria-current={key === selected ? 'true' : undefined}
              >
                <span class="clamp">
                  {cue ? <span class="cue">{cue} </span> : null}
                  <span class="words">{direct ? t('quoted', withoutQuotationMarks(s.text)) : s.text}</span>
                </span>
              </button>
              {onCopy ? (
                <button
                  type="button"
                  class="copy"
                  onClick={async () => setCopied((await onCopy(s, group.name)) ? key : null)}
                  aria-label={copyLabel}
                  title={copyLabel}
                >
                  {copied === key ? t('popupCopied') : (
                    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
                      <rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
                      <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" stroke-width="2" />
                    </svg>
                  )}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {group.statements.length > collapsed ? (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('popupShowFewer') : t('popupMoreStatements', formatCount(group.statements.length - collapsed, locale))}
        </button>
      ) : null}
    </li>
  );
}

const keyOf = (s: ReportedStatement) => `${s.start}-${s.end}`;

/**
 * A direct statement without the story's own outer quotation marks, so the locale's marks are
 * not doubled. Only a pair of double marks is taken off: a closing ’ may end a nested quote.
 */
