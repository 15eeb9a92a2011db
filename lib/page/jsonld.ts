/**
 * Reading a page's JSON-LD (schema.org items), once per script: article detection and the date
 * finder both need it.
 */

/** Keys that hold an item's dates: datePublished, dateModified, uploadDate… */
export const DATE_KEY = /^(date(published|created|modified|posted|issued)|uploaddate|published(at|date|on)?|created(at)?|modified(at)?|updated(at)?|lastreviewed)$/i;

/** One schema.org item from a JSON-LD block, with its @type names. */
export interface LdItem {
  types: string[];
  data: Record<string, unknown>;
}

/**
 * Parses every `<script type="application/ld+json">` into schema.org items, whatever its shape:
 * a single object, an array, an `@graph`, `mainEntity` nesting. Broken JSON (comments, trailing
 * commas, raw newlines, two objects glued together) is repaired when it can be and otherwise
 * read with a last-resort pattern match; nothing throws.
 */
export function readJsonLd(scripts: Element[]): LdItem[] {
  const items: LdItem[] = [];
  for (const script of scripts) {
    const type = script.getAttribute('type');
    if (type ? !/ld\+json/i.test(type) : script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    // Some pages put JSON-LD in a plain <script>; plain scripts count only if they are such JSON.
    if (!type && !/^\s*[[{][\s\S]*"@context"/.test(text.slice(0, 400))) continue;
    const seen = parsedScripts.get(script);
    if (seen?.text === text) {
      items.push(...seen.items);
      continue;
    }
    const own: LdItem[] = [];
    const parsed = parseLoose(text);
    if (parsed === undefined) own.push(...salvage(text));
    else collect(parsed, own, 0);
    parsedScripts.set(script, { text, items: own });
    items.push(...own);
  }
  return items;
}

/** Article detection and the date finder both read JSON-LD; a script is parsed once. */
const parsedScripts = new WeakMap<Element, { text: string; items: LdItem[] }>();

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(-->|\/\/\s*]]>|]]>)\s*$/g, '')
      // [ \t], not \s: \s would run over every following blank line at each line start (quadratic).
      .replace(/^[ \t]*\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/}\s*{/g, '},{');
    try {
      return JSON.parse(/^\s*{[\s\S]*},\s*{/.test(repaired) ? `[${repaired}]` : repaired);
    } catch {
      return undefined;
    }
  }
}

/** Reads `"datePublished": "…"` pairs out of JSON too broken to parse. */
function salvage(text: string): LdItem[] {
  const data: Record<string, unknown> = {};
  const re = /"([a-zA-Z]+)"\s*:\s*"([^"]{4,60})"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if ((DATE_KEY.test(m[1]!) || m[1] === '@type') && !(m[1]! in data)) data[m[1]!] = m[2];
  }
  return Object.keys(data).length ? [{ types: typesOf(data), data }] : [];
}

function collect(value: unknown, items: LdItem[], depth: number): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) collect(v, items, depth + 1);
    return;
  }
  const data = value as Record<string, unknown>;
  items.push({ types: typesOf(data), data });
  // Only the page's own item and its main entity: never comments, list items or related works.
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) collect(data[key], items, depth + 1);
}

function typesOf(data: Record<string, unknown>): string[] {
  const t = data['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}
