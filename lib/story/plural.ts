/**
 * The singular forms an English plural may have, the word itself first: "agencies" → "agency",
 * "witnesses" → "witness", "experts" → "expert". A caller checks which of them its list knows.
 */
export function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}
