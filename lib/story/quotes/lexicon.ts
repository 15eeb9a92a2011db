/**
 * Word lists the quote finder relies on. Kept in one place so the rules elsewhere read as
 * rules, and so the lists can grow without touching logic.
 */

const forms = (...words: string[]) => new Set(words);

/**
 * Verbs that introduce reported speech or writing, in the forms news prose uses. "Said" and
 * "told" carry most attributions; the rest cover the long tail ("tweeted", "quipped").
 */
export const SPEECH_VERBS = forms(
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'asking',
  'write', 'writes', 'wrote', 'writing', 'written',
  'explain', 'explains', 'explained', 'explaining',
  'notes', 'noted', 'noting',
  'stated', 'stating',
  'declares', 'declared', 'declaring',
  'argue', 'argues', 'argued', 'arguing',
  'claim', 'claims', 'claimed', 'claiming',
  'insist', 'insists', 'insisted', 'insisting',
  'continues', 'continued', 'continuing',
  'replies', 'replied', 'replying',
  'responds', 'responded', 'responding',
  'recall', 'recalls', 'recalled', 'recalling',
  'warn', 'warns', 'warned', 
  'tweets', 'tweeted', 'tweeting',
  'announces', 'announced', 'announcing',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'concedes', 'conceded', 'conceding',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'concludes', 'concluded', 'concluding',
  'complains', 'complained', 'complaining',
  'boasts', 'boasted', 'boasting',
  'brags', 'bragged', 'bragging',
  'jokes', 'joked', 'joking',
  'quip', 'quips', 'quipped',
  'answered', 'answers',
  'exclaimed', 'exclaims',
  'echoed', 'echoes',
  'lamented', 'laments',
  'exhorted',
  'declare', 'announce', 'complain', 'boast', 'concede', 'tweet', 'joke',
  'commented', 'confessed', 'confided', 'grumbled', 'griped', 'muttered',
  'opined', 'reiterated', 'scoffed', 'interjected', 'fumed',
  'shouts', 'shouted', 'shouting',
  'yells', 'yelled', 'yelling',
  'screams', 'screamed',
  'chants', 'chanted', 'chanting',
  'cried',
  'whispers', 'whispered',
  'cautions', 'cautioned',
  'countered',
  'maintains', 'maintained',
  'observes', 'observed',
  'predict', 'predicts', 'predicted',
  'promised', 'promising',
  'pledges', 'pledged',
  'remarked',
  'reports', 'reported', 
  'repeats', 'repeated',
  'emphasizes', 'emphasized', 'emphasised',
  'stressed',
  'urges', 'urged',
  'vows', 'vowed',
  'charged',
  'alleges', 'alleged',
  'testifies', 'testified',
  'wonders', 'wondered',
  'mused',
  'laughed',
  'sings', 'sang',
  'reads',
  'describes', 'described', 'describing',
  'calls', 'called', 'calling',
  'demanded',
  'asserts', 'asserted',
  'contends', 'contended',
  'agree', 'agrees', 'agreed',
  'believe', 'believes', 'believed',
  'think', 'thinks', 'thought',
  'confirms', 'confirmed',
  'denies', 'denied',
  'reveals', 'revealed',
  'estimated',
  'accuses', 'accused',
  'criticizes', 'criticized',
  'mocks', 'mocked',
  'dismisses', 'dismissed',
  'blasts', 'blasted',
  'slams', 'slammed',
  'touts', 'touted',
  'praises', 'praised',
  'hails', 'hailed',
  'quoted',
  'concluded',
  'interrupted',
  'snapped',
  'retorted',
  'pleaded',
  'begged',
  'tell', 'recounts', 'recounted',
  'elaborated',
  'proclaims', 'proclaimed',
  'explain', 'mentions', 'mentioned',
  'indicates', 'indicated',
  'acknowledge',
  'signaled',
  'hinted',
  'thanks', 'thanked', 'thanking',
  'cites', 'cited', 'citing',
  'read', // "the statement read"
);

/** Verbs that report speech only with their particle: "pointed out", "went on", "fired back". */
export const PHRASAL_SPEECH_VERBS: Record<string, string> = {
  point: 'out', points: 'out', pointed: 'out', pointing: 'out',
  go: 'on', goes: 'on', went: 'on', going: 'on',
  fire: 'back', fires: 'back', fired: 'back', firing: 'back',
  shoot: 'back', shoots: 'back', shot: 'back',
  hit: 'back', hits: 'back',
  chime: 'in', chimes: 'in', chimed: 'in',
  weigh: 'in', weighs: 'in', weighed: 'in',
  spell: 'out', spells: 'out', spelled: 'out',
  lash: 'out', lashed: 'out',
  speak: 'out', spoke: 'out',
  write: 'in', wrote: 'in',
};

/** Time words that may sit between a speaker and the verb: "Trump on Thursday said". */
export const TIME_WORDS = forms(
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'yesterday', 'today', 'tonight', 'morning', 'afternoon',
  'evening', 'night', 'week', 'month', 'year', 'weekend', 'earlier', 'later', 'last', 'this',
  'on', 'in', 'late', 'early', 'recently',
);

/** Words that start a new clause; a speaker phrase never reaches back over one. */
export const CLAUSE_WORDS = forms(
  'that', 'who', 'whom', 'which', 'and', 'but', 'or', 'because', 'when', 'while', 'if', 'as',
  'after', 'before', 'since', 'although', 'though', 'where', 'so', 'than', 'whether', 'until',
  'unless', 'once', 'what', 'how', 'why', 'then', 'nor', 'yet', 'to', 'is', 'was', 'are',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'said', 'says', 'told', 'in',
  'on', 'at', 'about', 'over', 'into', 'like', 'during', 'against', 'between', 'through',
  'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'also',
);

/** Prepositions: never the head of a speaker phrase, and a phrase right after one is an object. */
export const PREPOSITIONS = forms(
  'by', 'on', 'in', 'at', 'to', 'of', 'for', 'with', 'from', 'into', 'about', 'over', 'under',
  'after', 'before', 'during', 'through', 'without', 'upon', 'against', 'via', 'onto', 'toward',
  'towards', 'across', 'behind', 'beyond', 'despite', 'like', 'near', 'since', 'until', 'among',
);

/** Prepositions that may sit inside a speaker phrase: "a spokesman for the campaign". */
export const NP_PREPOSITIONS = forms('of', 'for', 'at', 'by', 'from', 'with');

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_PARTICLES = forms(
  'de', 'van', 'von', 'bin', 'al', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'der',
  'ten', 'ter', 'y', 'el', 'ibn', 'abu', 'st.',
);

/**
 * The core "said"-type verbs: they mark an attribution wherever they stand, even far from
 * the quote ("“…,” the agency said in a statement on Thursday"). The rest of SPEECH_VERBS
 * need to sit right next to the quote or the speaker.
 */
export const CORE_SPEECH_VERBS = forms(
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'write', 'writes', 'wrote', 'explain', 'explains', 'explained',
  'note', 'notes', 'noted', 'tweet', 'tweets', 'tweeted', 'continue', 'continues', 'continued',
  'reply', 'replied', 'respond', 'responded', 'recall', 'recalled', 'quipped', 'joked',
  'declared', 'argued', 'argues', 'insisted', 'warned', 'stated', 'countered', 'read', 'reads',
);

/**
 * Nouns for something said, owned by its speaker: "her remark that “…”", "his call for “…”",
 * "Trump's promise to “…”".
 */
export const UTTERANCE_NOUNS = forms(
  'remark', 'remarks', 'comment', 'comments', 'claim', 'claims', 'warning', 'warnings', 'call',
  'calls', 'assertion', 'promise', 'promises', 'pledge', 'vow', 'suggestion', 'words', 'statement',
  'statements', 'insistence', 'argument', 'accusation', 'charge', 'response', 'answer', 'message',
  'declaration', 'description', 'prediction', 'admission', 'boast', 'threat', 'demand', 'plea',
  'question', 'quip', 'joke', 'retort', 'reply', 'tweet', 'tweets', 'slogan', 'mantra', 'refrain',
);

/** Nouns for a statement or document: "in a statement", "the report said". */
export const STATEMENT_NOUNS = forms(
  'statement', 'statements', 'interview', 'letter', 'email', 'e-mail', 'memo', 'tweet',
  'post', 'report', 'release', 'remarks', 'speech', 'document', 'filing', 'complaint',
  'lawsuit', 'ruling', 'op-ed', 'editorial', 'message', 'video', 'ad', 'note', 'column',
  'essay', 'book', 'transcript', 'briefing', 'conference', 'call', 'appearance', 'address',
);

/** Personal and relative pronouns that can stand as a speaker. */
export const SPEAKER_PRONOUNS = forms(
  'he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which',
);

/** Possessive pronouns that open a speaker phrase ("his spokesman said"). */
export const POSSESSIVES = forms('his', 'her', 'their', 'its', 'our', 'my', 'your');

/** `POSSESSIVES` without "your": an utterance's owner ("his remark"), a possessive candidate speaker. */
export const POSSESSIVE_PRONOUNS = new Set([...POSSESSIVES].filter((word) => word !== 'your'));

/** Words that open a noun phrase; a speaker phrase like "the agency" starts at one. */
export const DETERMINERS = forms(
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'one', 'some', 'many',
  'several', 'two', 'three', 'four', 'five', 'both', 'each', 'other', 'most', 'few', 'all',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'any',
);

/** Words that may stand between a speaker and the verb: "Trump has also said". */
export const VERB_MODIFIERS = forms(
  'also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'could', 'should', 'might',
  'may', 'must', 'can', 'previously', 'recently', 'once', 'reportedly', 'further', 'again',
  'simply', 'flatly', 'repeatedly', 'often', 'frequently', 'always', 'never', 'just', 'only',
  'even', 'still', 'publicly', 'privately', 'bluntly', 'quickly', 'angrily', 'finally',
  'first', 'last', 'since', 'long', 'already', 'is', 'was', 'are', 'were', 'be', 'been',
  'not', 'did', 'does', 'do', 'famously', 'memorably', 'openly',
  'emphatically', 'proudly', 'tersely', 'curtly', 'succinctly', 'sarcastically', 'jokingly',
  'succinctly', 'correctly', 'falsely', 'wrongly', 'rightly', 'accurately', 'earlier',
  'yesterday', 'today', 'tonight', 'now', 'too', 'however', 'instead', 'ultimately',
);

/** Nouns for an organization: "the agency said" may refer back to one. */
export const ORG_NOUNS = forms(
  'agency', 'department', 'company', 'campaign', 'committee', 'group', 'organization',
  'organisation', 'administration', 'ministry', 'office', 'bureau', 'firm', 'newspaper',
  'paper', 'network', 'party', 'court', 'board', 'council', 'union', 'government', 'police',
  'commission', 'team', 'university', 'school', 'hospital', 'bank', 'service', 'club',
  'association', 'coalition', 'foundation', 'institute', 'center', 'centre', 'corporation',
  'website', 'site', 'outlet', 'magazine', 'station', 'channel', 'airline', 'military',
  'army', 'navy', 'force', 'regime', 'embassy', 'state', 'city', 'county', 'district',
  'charity', 'nonprofit', 'publication', 'watchdog', 'startup', 'automaker', 'retailer',
  'insurer', 'manufacturer', 'operator', 'provider', 'utility', 'league', 'federation',
);

/** Nouns for a person's role: "the senator said" may refer back to a person. */
export const PERSON_NOUNS = forms(
  'president', 'senator', 'congressman', 'congresswoman', 'representative', 'governor',
  'mayor', 'minister', 'secretary', 'director', 'chairman', 'chairwoman', 'chair', 'candidate',
  'nominee', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'lawyer', 'attorney',
  'judge', 'businessman', 'businesswoman', 'billionaire', 'leader', 'chief', 'officer',
  'commissioner', 'general', 'ambassador', 'professor', 'author', 'analyst', 'expert',
  'economist', 'pollster', 'strategist', 'adviser', 'advisor', 'aide', 'man', 'woman',
  'activist', 'executive', 'founder', 'host', 'anchor', 'reporter', 'columnist', 'writer',
  'doctor', 'neurosurgeon', 'surgeon', 'veteran', 'former', 'star', 'actor', 'actress',
  'singer', 'rapper', 'player', 'coach', 'pastor', 'priest', 'bishop', 'pope', 'king',
  'queen', 'prince', 'princess', 'frontrunner', 'front-runner', 'incumbent', 'challenger',
  'lawmaker', 'legislator', 'sheriff', 'prosecutor', 'detective', 'manager', 'owner',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'friend',
  'resident', 'voter', 'supporter', 'critic', 'mogul', 'tycoon', 'senior', 'student',
  'teacher', 'nurse', 'victim', 'witness', 'source', 'person', 'speaker', 'republican',
  'democrat', 'independent', 'conservative', 'liberal', 'moderator',
);

/** Titles written before a name; part of the name run but not of the display name. */
export const TITLES = forms(
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'pres', 'rev', 'sir', 'dame', 'lord', 'lady', 'judge',
  'president', 'senator', 'governor', 'mayor', 'secretary', 'director', 'chairman',
  'minister', 'justice', 'speaker', 'leader', 'attorney', 'general', 'representative',
  'congressman', 'congresswoman', 'ambassador', 'commissioner', 'chief', 'officer', 'prime',
  'vice', 'deputy', 'acting', 'former', 'press', 'spokesman', 'spokeswoman', 'spokesperson',
  'sheriff', 'detective', 'pope', 'king', 'queen', 'prince', 'princess', 'saint', 'st',
);

/** Abbreviations that end with a period but do not end a sentence: the list both tokenizers share. */
export { ABBREVIATIONS } from '../abbreviations';

/**
 * Words that name something rather than report speech when they stand before a quoted
 * phrase: “Operation Mega” is a name in "a plan dubbed “Operation Mega”".
 */
export const NAMING_WORDS = forms(
  'dubbed', 'named', 'titled', 'entitled', 'nicknamed', 'branded', 'labeled', 'labelled',
  'termed', 'known', 'so-called', 'word', 'words', 'phrase', 'term', 'slogan', 'hashtag',
  'headline', 'headlined', 'banner', 'motto', 'song', 'film', 'movie', 'show', 'book',
  'album', 'series', 'program', 'programme', 'operation', 'project', 'initiative', 'campaign',
);

/** Small words that may stay lower-case inside a title ("Contract with America"). */
export const TITLE_SMALL_WORDS = forms(
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from',
  'as', 'is', 'de', 'la', 'le', 'du', 'von', 'van', 'vs', 'vs.', 'v.', '&', 'nor', 'but',
);

/** Auxiliary and modal verbs. */
export const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'should', 'may', 'might', 'must']);
/** Irregular past forms, so "Trump took" reads as subject and verb. */
export const IRREGULAR_PAST = new Set([
  'took', 'made', 'went', 'gave', 'came', 'got', 'saw', 'told', 'said', 'wrote', 'spoke', 'sat', 'stood',
  'led', 'left', 'ran', 'won', 'lost', 'met', 'put', 'set', 'sent', 'kept', 'held', 'brought', 'thought',
  'began', 'became', 'felt', 'knew', 'found', 'paid', 'read', 'heard', 'struck', 'shook', 'threw', 'drew',
  'bought', 'sought', 'taught', 'fought', 'hit', 'cut', 'let', 'quit', 'rose', 'fell', 'chose', 'broke',
  'laid', 'sold', 'built', 'spent', 'meant', 'dealt', 'caught', 'wore', 'drove', 'rode', 'stole', 'ate',
  'forgave', 'sang', 'swore', 'bore', 'tore', 'grew', 'blew', 'flew', 'withdrew', 'overcame', 'understood',
  'fled', 'fed', 'shot', 'hid', 'lit', 'shut', 'hurt', 'cost', 'cast', 'burst', 'sank', 'rang', 'stuck',
  'hung', 'swung', 'dug', 'bit', 'slid', 'woke', 'froze', 'forgot', 'lay', 'lent', 'bent',
]);

/** Lower-case words in -ly that are nouns, names or verbs, not adverbs ("the family", "an ally", "reply"). */
const LY_NOT_ADVERBS = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'monopoly', 'anomaly', 'belly', 'bully', 'lily', 'jelly',
  'folly', 'tally', 'panoply', 'homily', 'butterfly', 'firefly', 'italy', 'july', 'sally', 'reply', 'apply', 'comply', 'imply', 'multiply',
  'daily', 'weekly', 'monthly', 'quarterly']);

/** "confidently", "falsely": a lower-cased word in -ly that is an adverb. */
export function isLyAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOT_ADVERBS.has(word);
}
