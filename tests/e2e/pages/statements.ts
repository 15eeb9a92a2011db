/**
 * A long story with many statements (40 quotes from 15 people), generated here, for the
 * popup's "who said what" on a story a reader cannot take in at once. Hand-made names.
 */
import type { PageHandler } from './index.ts';

const PEOPLE = [
  'Ana Ruiz', 'Tomas Berg', 'Leila Haddad', 'Marcus Hale', 'Priya Natarajan', 'Owen Fairley', 'Ingrid Solberg', 'Kwame Mensah',
  'Rosa Delgado', 'Henrik Vass', 'Mei Tanaka', 'Daniel Okafor', 'Clara Weiss', 'Samuel Ortega', 'Nadia Petrova',
];
/** Quotes per person: a few sources say most, a long tail says one thing each (40 in all). */
const COUNTS = [6, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1];
const TOPICS = ['the bridge repairs', 'the new bus lanes', 'the library budget', 'the harbour cleanup', 'the school meals plan',
  'the flood barriers', 'the park renovations', 'the housing grants'];

function paragraphs(): string {
  const out: string[] = [];
  let n = 0;
  COUNTS.forEach((count, p) => {
    for (let i = 0; i < count; i++, n++) {
      const topic = TOPICS[n % TOPICS.length]!;
      out.push(`<p>“We have argued about ${topic} for ${n + 2} months, and statement ${n + 1} is what residents will remember,” said ${PEOPLE[p]} on Tuesday.</p>`);
    }
  });
  return out.join('\n');
}

const manyVoices = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forty voices on the city budget</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2019-05-14T09:00:00Z"></head>
<body><main><article><h1>Forty voices on the city budget</h1>
<p class="byline">By Sam Writer · <time datetime="2019-05-14">May 14, 2019</time></p>
<p>The city council heard from residents, officials and business owners about next year's spending plan in a meeting that ran past midnight.</p>
${paragraphs()}
</article></main></body></html>`;

/** An interview printed as a transcript: turns headed by the speakers' surnames in capitals. Hand-made names. */
const transcript = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The governor on the river bridge</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2019-05-14T09:00:00Z"></head>
<body><main><article><h1>The governor on the river bridge</h1>
<p class="byline">By Sam Writer · <time datetime="2019-05-14">May 14, 2019</time></p>
<p>Morning Report host Dana Whitfield interviewed Ohio Gov. Ray Calloway about the river bridge on Sunday. A partial transcript follows.</p>
<p>WHITFIELD: The bridge has been closed for two years, and the detour adds forty minutes to every trip. When will it open again?</p>
<p>CALLOWAY: The repairs are finished, and the bridge will open to traffic in March, after the last inspections.</p>
<p>WHITFIELD: Critics say the repairs cost twice what the state first promised the towns on both banks.</p>
<p>CALLOWAY: The first estimate left out the steel, and every engineer in the state knew it at the time.</p>
</article></main></body></html>`;

export const statementPages: Record<string, PageHandler> = {
  '/many-voices.html': () => ({ body: manyVoices }),
  '/transcript.html': () => ({ body: transcript }),
};
