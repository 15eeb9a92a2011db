import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format.ts';
import type { Entity, ReportedStatement } from '../../lib/types.ts';
import { useI18n } from '../i18n.tsx';
import { groupBySource, statementCount, type SourceGroup } from './statement-groups.ts';

/** Sources shown before "more sources"; statements per source before "more". */
const SOURCES_SHOWN = 6;
const STATEMENTS_SHOWN = 2;

export interface StatementsProps {
  statements: ReportedStatement[];
  entities: Entity[];
  onSelect(statement: ReportedStatement): void;
  /** Copies a statement with its citation; no copy buttons when absent. */
  onCopy?(statement: ReportedStatement, sourceName: string | null): Promise<boolean>;
}

/**
 * Who said what, all of it: per source, its statements — quotes verbatim in quotation marks,
 * reported statements as the story words them — each a way to find it in the page. The
 * sources with most statements come first; the long tail and long lists are collapsed.
 */
export function Statements({ statements, entities, onSelect, onCopy }: StatementsProps) {
  const { t, locale } = useI18n();
  const [allSources, setAllSources] = useState(false);
  if (statements.length === 0) return null;
  const groups = groupBySource(statements, entities);
  const shown = allSources ? groups : groups.slice(0, SOURCES_SHOWN);
  return (
    <section class="section" aria-labelledby="statements-title" data-section="statements">
      <h2 id="statements-title">
        {t('popupStatements')} <span class="count">{formatCount(statements.length, locale)}</span>
      </h2>
      <ul class="sources">
        {shown.map((g) => <SourceEntry key={g.key} group={g} onSelect={onSelect} onCopy={onCopy} />)}
      </ul>
      {groups.length > SOURCES_SHOWN ? (
        <button type="button" class="more" aria-expanded={allSources} onClick={() => setAllSources(!allSources)}>
          {allSources ? '−' : t('popupMoreSources', formatCount(groups.length - SOURCES_SHOWN, locale))}
        </button>
      ) : null}
    </section>
  );
}

function SourceEntry({ group, onSelect, onCopy }: { group: SourceGroup } & Pick<StatementsProps, 'onSelect' | 'onCopy'>) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const [copied, setCopied] = useState<number | null>(null);
  const list = expanded ? group.statements : group.statements.slice(0, STATEMENTS_SHOWN);
  return (
    <li class="source" data-source={group.name ?? ''}>
      <p class="source-name">
        <span class={group.name ? 'speaker' : 'speaker unknown'}>{group.name ?? t('popupUnattributed')}</span>
        <span class="mentions">{statementCount(t, group.statements.length, locale)}</span>
      </p>
      <ol class="statements">
        {list.map((s) => (
          <li key={s.start} class={`statement ${s.kind}`}>
            <button type="button" class="statement-text" onClick={() => onSelect(s)} title={t('popupShowInPage')}>
              {s.cue && s.kind !== 'direct' ? <span class="cue">{s.cue.text} </span> : null}
              <span class="words">{s.kind === 'direct' ? t('quoted', stripMarks(s.text)) : s.text}</span>
            </button>
            {onCopy ? (
              <button
                type="button"
                class="copy"
                onClick={async () => setCopied((await onCopy(s, group.name)) ? s.start : null)}
                aria-label={t('popupCopyStatement')}
                title={t('popupCopyStatement')}
              >
                {copied === s.start ? t('popupCopied') : (
                  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
                    <rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
                    <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" stroke-width="2" />
                  </svg>
                )}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {group.statements.length > STATEMENTS_SHOWN ? (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? '−' : `+${formatCount(group.statements.length - STATEMENTS_SHOWN, locale)}`}
        </button>
      ) : null}
    </li>
  );
}

/** A direct statement's own opening and closing marks, so the locale's marks are not doubled. */
const stripMarks = (text: string) => text.replace(/^[“"‘'«]+|[”"’'»]+$/gu, '');
