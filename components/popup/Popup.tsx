import { isQuietHost, type Section, type Settings } from '../../lib/settings.ts';
import type { ArticleAnalysis, Entity, EntityType, ReportedStatement } from '../../lib/types.ts';
import type { HighlightTarget } from '../../lib/story/highlight-target.ts';
import { mergeQuotesAndStatements, statementCounts } from '../../lib/story/who-said-what.ts';
import { useI18n, type MessageKey } from '../i18n.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { EntitySection } from './EntitySection.tsx';
import { Statements } from './Statements.tsx';
import { QuickSettings } from './QuickSettings.tsx';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'error'; message: string }
  | { status: 'ready'; analysis: ArticleAnalysis; host: string };

export interface PopupProps {
  state: PopupState;
  settings: Settings;
  now: Date;
  saveFailed: boolean;
  onAnalyzeAnyway(): void;
  onRetry(): void;
  onHighlight(target: HighlightTarget): void;
  /** Copies a quote or statement with its citation (statement-citation.ts); no copy buttons when absent. */
  onCopy?(statement: ReportedStatement, sourceName: string | null): Promise<boolean>;
  onChangeSettings(change: Partial<Settings>): void;
  onSiteQuiet(host: string, quiet: boolean): void;
  onOpenSettings(): void;
  onOpenHelp(): void;
  /** The settings footer; off where the popup is only shown as an example. */
  showSettings?: boolean;
}

const ENTITY_SECTIONS: { section: Section; type: EntityType; title: MessageKey }[] = [
  { section: 'people', type: 'PER', title: 'popupPeople' },
  { section: 'organizations', type: 'ORG', title: 'popupOrganizations' },
  { section: 'places', type: 'LOC', title: 'popupPlaces' },
  { section: 'other', type: 'MISC', title: 'popupOther' },
];

/** The whole popup: a state message, or the article with its names and quotes. */
export function Popup(props: PopupProps) {
  const { t } = useI18n();
  const { state, settings } = props;
  const host = state.status === 'ready' ? state.host : null;
  return (
    <div class="popup" data-status={state.status}>
      <div class="content">{renderBody(props, t)}</div>
      {props.showSettings === false ? null : <QuickSettings
        settings={settings}
        site={host}
        siteQuiet={host ? isQuietHost(settings, host) : false}
        saveFailed={props.saveFailed}
        onBannerEverywhere={(bannerEnabled) => props.onChangeSettings({ bannerEnabled })}
        onBannerHere={(enabled) => host && props.onSiteQuiet(host, !enabled)}
        onOpenSettings={props.onOpenSettings}
        onOpenHelp={props.onOpenHelp}
      />}
    </div>
  );
}

function renderBody(props: PopupProps, t: ReturnType<typeof useI18n>['t']) {
  const { state } = props;
  switch (state.status) {
    case 'loading':
      return <Notice title={t('popupLoading')} busy />;
    case 'unavailable':
      return <Notice title={t('popupUnavailableTitle')} body={t('popupUnavailableBody')} />;
    case 'error':
      return (
        <Notice title={t('popupErrorTitle')} body={state.message}>
          <button type="button" class="primary" onClick={props.onRetry}>{t('popupRetry')}</button>
        </Notice>
      );
    case 'ready':
      return <ArticleView {...props} analysis={state.analysis} host={state.host} />;
  }
}

function ArticleView(props: PopupProps & { analysis: ArticleAnalysis; host: string }) {
  const { t } = useI18n();
  const { analysis, settings } = props;
  if (!analysis.isArticle && analysis.text === '') {
    return (
      <Notice title={t('popupNotArticleTitle')} body={t('popupNotArticleBody')}>
        <button type="button" class="secondary" onClick={props.onAnalyzeAnyway}>{t('popupAnalyzeAnyway')}</button>
      </Notice>
    );
  }
  const selectEntity = (entity: Entity) => props.onHighlight({ kind: 'entity', names: [entity.name, ...entity.aliases] });
  // One list of who said what: each quote once, with the speaker the CLI prints (lib/story/quotes/label.ts).
  const statements = mergeQuotesAndStatements(analysis.quotes, analysis.attributions ?? []);
  const said = statementCounts(statements);
  const sections = ENTITY_SECTIONS.filter(({ section }) => settings.sections[section]).map(({ section, type, title }) => (
    <EntitySection
      key={section}
      id={section}
      title={t(title)}
      entities={analysis.entities.filter((e) => e.type === type)}
      statementCounts={said}
      onSelect={selectEntity}
    />
  ));
  const nothing = analysis.entities.length === 0 && statements.length === 0;
  return (
    <>
      <ArticleHeader analysis={analysis} host={props.host} now={props.now} settings={settings} />
      {nothing ? <p class="empty">{t(analysis.languageSupported ? 'popupNothingFound' : 'popupLanguageUnsupported')}</p> : null}
      {sections}
      {settings.sections.quotes ? (
        <Statements
          statements={statements}
          entities={analysis.entities}
          onSelect={(s) => props.onHighlight({ kind: 'quote', pieces: statementPieces(s, analysis.text) })}
          onCopy={props.onCopy}
        />
      ) : null}
    </>
  );
}

/** A statement's pieces as they appear in the text (an interrupted quote has several). */
function statementPieces(statement: ReportedStatement, text: string): string[] {
  const pieces = statement.parts.map((part) => text.slice(part.start, part.end)).filter(Boolean);
  return pieces.length ? pieces : [statement.text];
}

function Notice(props: { title: string; body?: string; busy?: boolean; children?: preact.ComponentChildren }) {
  return (
    <div class="notice" role="status" aria-busy={props.busy ? 'true' : undefined}>
      {props.busy ? <span class="spinner" aria-hidden="true" /> : null}
      <p class="notice-title">{props.title}</p>
      {props.body ? <p class="notice-body">{props.body}</p> : null}
      {props.children}
    </div>
  );
}
