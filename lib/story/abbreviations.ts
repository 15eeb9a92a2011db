/** Titles written short before a person's name ("Gov.", "Dr."): never a place or a name themselves. */
export const PERSON_TITLES: readonly string[] = 'mr mrs ms dr prof sen rep gov lt gen col sgt capt cmdr adm maj pres rev hon'.split(' ');

/**
 * Short words written with a period that does not end the sentence ("Mr.", "Calif.", "Jan.",
 * "U.S."), lower-cased and without their final period. One list for both tokenizers: the
 * quote finder's (`quotes/text.ts`, which also asks for a capital letter: "No." vs "no.") and
 * the name recognizer's (`entities/tokenize.ts`, which reads only the undotted ones).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    // titles (and "St." for Saint or Street, "Jr.", "Sr." after a name)
    `${PERSON_TITLES.join(' ')} st jr sr ` +
    // companies and addresses
    'inc corp co ltd llc bros ave blvd dept mt ft ' +
    // months
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    // US states as news agencies write them
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo ' +
    // dotted forms and Latin
    'u.s u.k u.n e.g i.e a.m p.m d.c ph.d n.y n.j n.h n.c s.c n.d s.d r.i w.va ' +
    'no vs v etc est approx fig al'
  ).split(' '),
);
