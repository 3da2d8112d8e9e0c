import { REPORTING_VERB_BASES, REPORTING_VERB_FORMS } from './reporting-verbs.js';

/**
 * Verbs that introduce speech or a stated position, every form (lexicons/reporting-verbs.json);
 * shared by quote and reported-speech attribution.
 */
export const SPEECH_VERB = new RegExp(`\\b(?:${REPORTING_VERB_FORMS.join('|')})\\b`, 'g');

/**
 * A bare verb of saying after a modal ("could only quip", "would not say"). Tried only where no
 * other verb of saying stands before a quote: in every scan it would cost an eighth of the analysis.
 */
export const MODAL_SPEECH_VERB = new RegExp(
  `\\b(?:could|would|will|can|may|might|should|must|did|does|do)(?:\\s+(?:not|only|also|never|just))?\\s+(?:${REPORTING_VERB_BASES.join('|')})\\b`,
  'g',
);

/** Nouns that make a phrase a title or an institution ("spokesperson", "ministry"). */
export const TITLE_NOUNS = new Set(
  `spokesperson spokesman spokeswoman spokespeople minister ministry secretary president ambassador envoy
  diplomat official officials chief adviser advisor director head leader premier chancellor counselor
  councillor representative delegate general admiral commander office embassy government department
  administration agency council cabinet palace mission delegation team staff aide aides source sources
  foreign press chair chairman chairwoman analyst analysts deputy media newspaper broadcaster television
  tabloid outlet senator governor congressman congresswoman lawmaker mayor strategist pollster consultant
  attorney lawyer candidate nominee manager founder executive officer agent writer reporter editor
  professor economist organizer activist judge speaker fellow researcher campaign`.split(/\s+/),
);

/**
 * Abbreviated titles written with a full stop ("Sen. Ruth Pell", "Rep. Jones"): the stop does not
 * end a sentence and the word is a title, not a name.
 */
export const TITLE_ABBREVIATIONS =
  'Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Maj|Cmdr|Amb|Sec|Pres|Jr|Sr|St|Cpl|Pvt|Atty|Supt|Det|Gov|Lieut';

/** A full stop that may end a clause: not after an initial ("John F.") or an abbreviated title. */
export const CLAUSE_STOP = new RegExp(`(?<!\\b(?:\\p{Lu}|${TITLE_ABBREVIATIONS}))[.;!?](?=\\s|$)`, 'u');

/** Words that may sit inside a title ("deputy assistant secretary of state for European affairs"). */
export const TITLE_WORDS = new Set([
  ...TITLE_NOUNS,
  ...`assistant senior vice under prime state defense defence affairs trade security national presidential
  top former acting principal permanent executive cabinet of for to the and european eurasian asian
  pacific atlantic public international relations policy armed forces ministerial chief's
  secretary-general minister's military army navy naval coast guard self-defense
  democrat democratic republican independent libertarian conservative liberal socialist`.split(/\s+/),
  ...TITLE_ABBREVIATIONS.toLowerCase()
    .split('|')
    .map((abbreviation) => `${abbreviation}.`),
]);

/** Capitalised words that start sentences or clauses and are never part of a name. */
export const NOT_NAME = new Set(
  `But And However Meanwhile Also In On At When While After Before Speaking Asked According The A An
  This That These Those It He She They We I Despite Since Last Earlier Later Then Still Yet So Now
  Separately Instead Citing One Another Some Several Many Most Both Two Three Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April May June July August September October November December`.split(/\s+/),
);

/** Pronouns that point back at the last named person. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
/** Pronouns that do not say who spoke ("it said" after a joint statement): the speaker stays unknown. */
export const OTHER_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'you', 'which', 'who', 'that']);

/** Words between a subject and its verb that are not part of the subject: times, channels. */
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|day';
export const TIME_PHRASE = new RegExp(
  `(?:\\s+(?:(?:on|last|this|late on|early on|earlier on)\\s+(?:${DAYS})|in a statement|in a briefing|on social media))+\\s*$`,
  'i',
);

/** Institutions a definite description can point back to ("the ministry said"). */
export const BODY_NOUNS = new Set([
  'ministry',
  'government',
  'embassy',
  'office',
  'department',
  'administration',
  'council',
  'agency',
  'palace',
  'mission',
  'delegation',
]);

// Auxiliaries and adverbs between a subject and its verb ("NATO has not confirmed", "Corwin
// forcefully told"): any -ly word but the few nouns that end so.
export const AUXILIARIES =
  /(?:\s+(?:has|have|had|is|was|were|would|will|did|does|could|can|may|might|should|must|only|also|not|never|again|already|then|later|once|itself|(?!(?:family|ally|rally|assembly|supply|bully|monopoly|anomaly|homily)\b)[a-z]{2,}ly))+\s*$/i;

/**
 * Speakers who do not speak for a government even when a demonym or a city is in their title:
 * former officials, scholars, analysts ("a former Japanese ambassador", "a Tokyo-based analyst").
 */
export const NOT_OFFICIAL =
  /\b(?:former|ex|retired|onetime|analysts?|scholars?|experts?|researchers?|professors?|academics?|commentators?|columnists?|journalists?|observers?|lawmakers?|legislators?|opposition|critics?|activists?|students?|residents?|think tank)\b|(?:元|前)[^\s、]{0,4}?(?:外交官|大使|首相|外相|大統領|長官|高官|官僚|幹部)|専門家|研究者|教授|アナリスト|識者|野党/i;
