/**
 * Signs that a page is reference text kept up to date (a wiki, an encyclopedia, generated
 * documentation) rather than a story fixed at publication. Such pages carry dates (a creation
 * date in their JSON-LD, a "last edited" footer) that say nothing about a story's age.
 */

/** Wiki engines and documentation generators, as they name themselves in `<meta name="generator">`. */
const REFERENCE_GENERATOR =
  /mediawiki|moinmoin|dokuwiki|tiddlywiki|pmwiki|xwiki|foswiki|twiki|wikidot|confluence|bookstack|sphinx|mkdocs|docusaurus|doxygen|javadoc|jsdoc|typedoc|gitbook|vuepress|vitepress|antora|docfx|asciidoctor|xml2rfc|docutils/i;

/**
 * A wiki's revision footer: "This page was last edited on 2 April 2024", "(last edited
 * 2019-11-10 13:28 by …)", "Diese Seite wurde zuletzt am … bearbeitet", "Cette page a été
 * modifiée pour la dernière fois". A story's "last updated" line names the story, not the page.
 */
const REVISION_FOOTER =
  /\bpage (?:was|has been) last (?:edited|modified|changed|updated)\b|\(last (?:edited|modified) (?:on )?\d|diese seite wurde (?:zuletzt|am)|cette page a été modifiée|esta página (?:se editó|fue modificada) por última vez|questa pagina è stata modificata per l'ultima volta|deze pagina is het laatst bewerkt/i;

/** How much of the page's end is read for a footer: enough for one, bounded on any page. */
const TAIL_CHARS = 4000;
const TAIL_NODES = 400;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** The generator a page names, when it names a wiki engine or a docs generator. */
export function referenceGenerator(content: string | null): boolean {
  return !!content && REFERENCE_GENERATOR.test(content.slice(0, 200));
}

/** The last few thousand characters of the page's visible text, read backwards from its end. */
export function pageTail(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  let last: Node = body;
  while (last.lastChild) last = last.lastChild;
  const walker = doc.createTreeWalker(body, 4);
  walker.currentNode = last;
  const parts: string[] = [];
  let chars = 0;
  let node: Node | null = last.nodeType === 3 ? last : walker.previousNode();
  for (let n = 0; node && n < TAIL_NODES && chars < TAIL_CHARS; n++, node = walker.previousNode()) {
    if (NOT_TEXT.has(node.parentElement?.localName ?? '')) continue;
    const text = (node as Text).data.slice(-TAIL_CHARS);
    parts.push(text);
    chars += text.length;
  }
  return parts.reverse().join(' ').replace(/\s+/g, ' ');
}

/** Whether the page ends with a wiki's revision footer. */
export function hasRevisionFooter(doc: Document): boolean {
  return REVISION_FOOTER.test(pageTail(doc));
}
