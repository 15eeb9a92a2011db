/**
 * Crafted hostile pages of at most 200 KB, one per kind of input that once cost seconds
 * (issue "A page can neither touch the reader's state nor freeze its own tab"). `sweep
 * --crafted` times the cheap look and the whole analysis on each.
 */

export const CRAFTED_MAX_BYTES = 200_000;

/** Repeats `unit(i)` until the next one would pass `bytes`. */
function fill(bytes: number, unit: (i: number) => string): string {
  let out = '';
  for (let i = 0; ; i++) {
    const next = unit(i);
    if (out.length + next.length > bytes) return out;
    out += next;
  }
}

/** A story page around `body` (a headline, a dated byline), so the whole analysis runs. */
function story(body: string, head = ''): string {
  const shell = (inner: string) =>
    `<!doctype html><html lang="en"><head><title>A crafted story</title>` +
    `<meta property="og:type" content="article"><meta property="article:published_time" content="2020-03-04T10:00:00Z">${head}</head>` +
    `<body><article><h1>A crafted story</h1><p class="byline">By Ann Lee, March 4, 2020</p>${inner}</article></body></html>`;
  return shell(body.slice(0, CRAFTED_MAX_BYTES - shell('').length));
}

const paragraph = (text: string) => `<p>${text}</p>`;

/** A surname of letters only, distinct for each i. */
const surname = (i: number) => `Q${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

export const CRAFTED_PAGES: Record<string, () => string> = {
  // Broken JSON-LD with long runs of blank lines (the repair regex once backtracked over them).
  'jsonld-blank-lines': () => story(paragraph('A short story.'), `<script type="application/ld+json">{"@type":"NewsArticle",${'\n\n\n\n\n'.repeat(36_000)}"datePublished":"2020-01-02"</script>`),
  // Thousands of short quotes in one paragraph (each once re-read the paragraph).
  'many-quotes': () => story(paragraph(fill(CRAFTED_MAX_BYTES, (i) => `“Short quote number ${i} was said here,” Smith said. `))),
  // A sentence that never ends, with quotes woven in.
  'endless-sentence': () => story(paragraph(fill(CRAFTED_MAX_BYTES, (i) => `John Smith met Mary Jones and he said “we will win this ${i}” to her `))),
  // A run of dotted letters (each period once scanned back over the run).
  'dotted-run': () => story(paragraph(`${'a.'.repeat(95_000)} “This is a quote of words,” he said.`)),
  // An open letter: thousands of signatories, then each surname again.
  'open-letter': () => {
    const names = fill(CRAFTED_MAX_BYTES / 2, (i) => `${i % 2 ? 'Anna' : 'Tom'} ${surname(i)}, `);
    const again = fill(CRAFTED_MAX_BYTES / 2, (i) => `${surname(i)} agreed, `);
    return story(paragraph(`We, the undersigned, ask the council to act. Signed: ${names}and others.`) + paragraph(`Later ${again}done.`));
  },
  // Every word a capitalised name: the recognizer and the grouping see only names.
  'all-names': () => story(fill(CRAFTED_MAX_BYTES, (i) => (i % 40 === 0 ? '<p>' : '') + `${surname(i)} ${surname(i + 7)} of ${surname(i + 3)} Corp, `)),
  // Many short paragraphs of plain prose.
  'many-paragraphs': () => story(fill(CRAFTED_MAX_BYTES, (i) => paragraph(`The council met on day ${i} and the mayor, Ann Lee, said the budget was fine.`))),
  // Short years in text nodes under ancestors with huge class and id attributes.
  'long-attributes': () => story(fill(CRAFTED_MAX_BYTES, (i) => `<div class="${'c'.repeat(4000)}" id="x${i}"><span>'${String(i % 100).padStart(2, '0')}</span></div>`)),
  // Deep nesting, far past Readability's stack.
  'deep-tree': () => story(`${'<div>'.repeat(3_000)}<p>Deep text said here.</p>${'</div>'.repeat(3_000)}`),
  // A wide table of numbers and names (score tables, listings).
  'wide-table': () => story(`<table>${fill(CRAFTED_MAX_BYTES, (i) => (i % 20 === 0 ? '<tr>' : '') + `<td>${surname(i)} ${i}</td>`)}</table>`),
};
