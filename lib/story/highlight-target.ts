/** What the popup asks the page to show: an entity's mentions or one quote. */
export type HighlightTarget =
  | { kind: 'entity'; names: string[] }
  | { kind: 'quote'; pieces: string[] };
