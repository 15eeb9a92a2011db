import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format.ts';
import type { Entity } from '../../lib/types.ts';
import { useI18n } from '../i18n.tsx';
import { statementCount } from './statement-count.ts';

const COLLAPSED_COUNT = 8;

export interface EntitySectionProps {
  id: string;
  title: string;
  entities: Entity[];
  /** Statements each entity made (by entity id), shown beside its name. */
  statementCounts?: ReadonlyMap<string, number>;
  onSelect(entity: Entity): void;
}

/** One list of names (people, organizations…), each once, with role, aliases and mentions. */
export function EntitySection({ id, title, entities, statementCounts, onSelect }: EntitySectionProps) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  if (entities.length === 0) return null;
  const shown = expanded ? entities : entities.slice(0, COLLAPSED_COUNT);
  return (
    <section class="section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>
        {title} <span class="count">{formatCount(entities.length, locale)}</span>
      </h2>
      <ul class="entities">
        {shown.map((entity) => (
          <li key={entity.id}>
            <button type="button" class="entity" onClick={() => onSelect(entity)} title={t('popupShowInPage')}>
              <span class="name">{entity.name}</span>
              {entity.role ? <span class="role"> — {entity.role}</span> : null}
              {entity.aliases.length > 0 ? (
                <span class="aliases"> ({t('popupAlsoKnownAs', entity.aliases.map((alias) => t('quoted', alias)).join(', '))})</span>
              ) : null}
              {statementCounts?.get(entity.id) ? (
                <span class="said">{statementCount(t, statementCounts.get(entity.id)!, locale)}</span>
              ) : null}
              {entity.count > 1 ? (
                <span class="mentions" aria-label={t('popupMentions', formatCount(entity.count, locale))}>
                  {formatCount(entity.count, locale)}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      {entities.length > COLLAPSED_COUNT ? (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? '−' : `+${formatCount(entities.length - COLLAPSED_COUNT, locale)}`}
        </button>
      ) : null}
    </section>
  );
}
