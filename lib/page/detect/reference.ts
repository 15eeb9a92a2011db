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

/**
 * How much of the page's visible end is read for a footer: on the 1,150 pages of
 * ../shared/data/dates, real ones are found within 550 characters of it. Every node stepped over
 * costs (in jsdom, a wrapper object each), so the bounds keep a margin and no more.
 */
const TAIL_CHARS = 650;
/** Nodes (elements and texts) stepped over at most, backwards from the page's end: footers were found within 170. */
const TAIL_STEPS = 250;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** The generator a page names, when it names a wiki engine or a docs generator. */
export function referenceGenerator(content: string | null): boolean {
  return !!content && REFERENCE_GENERATOR.test(content.slice(0, 200));
}

/**
 * The last TAIL_CHARS characters of the page's visible text, read backwards from its end.
 * A hand-made walk in reverse document order that never enters scripts, styles or icons: a
 * TreeWalker would step through each of their nodes, and in some DOMs (jsdom) each step of a
 * TreeWalker is far dearer than reading `previousSibling`.
 */
export function pageTail(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  let steps = 0;
  const enters = (node: Node) => node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName);
  /** The last node inside `node` in document order, not inside a script or style. */
  const lastInside = (node: Node): Node => {
    while (enters(node) && node.lastChild && steps < TAIL_STEPS) {
      node = node.lastChild;
      steps++;
    }
    return node;
  };
  const parts: string[] = [];
  let chars = 0;
  for (let node: Node | null = lastInside(body); node && node !== body && chars < TAIL_CHARS && steps++ < TAIL_STEPS; ) {
    if (node.nodeType === 3) {
      const text = (node as Text).data.slice(-TAIL_CHARS);
      parts.push(text);
      // Layout whitespace (indentation between tags) is most of a page's raw text: not counted.
      chars += text.trim().length;
    }
    node = node.previousSibling ? lastInside(node.previousSibling) : node.parentNode;
  }
  return parts.reverse().join(' ').replace(/\s+/g, ' ');
}

/** Whether the page ends with a wiki's revision footer. */
export function hasRevisionFooter(doc: Document): boolean {
  return REVISION_FOOTER.test(pageTail(doc));
}
