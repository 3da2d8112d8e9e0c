import type { ActorMatcher } from '../nlp/actor-matcher.js';
import type { AnalysedStatement, StatementClause } from '../nlp/article-analysis.js';
import { type CueClass, findCueMatches } from '../nlp/stance-cues.js';
import { aboutOf, type ClauseAbout, clauseWords, type StorySubject } from './story-subject.js';

/** What one statement says about the story's subject: the cues that count, and how much. */
export interface Evidence {
  /** Per cue class, the weight of the surest cue of it: 1 on subject, 0.5 presumed. */
  vote: Partial<Record<CueClass, number>>;
  cues: string[];
}

/** A cue in a clause about something else, in a statement whose words never name the subject. */
const PRESUMED = 0.5;

/**
 * Only cues that concern the subject count. A clause that names the subject (or refers back to it:
 * "the plan", "this", 今回) counts, and so does a clause that names nothing else ("he warned").
 * A clause about something else ("opposes any unilateral attempt to change the status quo")
 * counts only when the speaker's own words (the quote, or the reported sentence) never name the
 * subject, and then at half weight: they may be all there is, chosen by the reporter for this
 * story. Where the speaker's words do name the subject, a clause about something else (in them or
 * in the reporter's framing around them) does not count.
 */
export function evidenceOf(
  statement: Pick<AnalysedStatement, 'text' | 'quote' | 'sentence'>,
  subject: StorySubject,
  matcher: ActorMatcher,
): Evidence {
  return evidenceOfClauses(statementClauses(statement, matcher), subject);
}

/**
 * A statement's clauses with what the subject test and the vote need: whose words they are, their
 * content words and their cues. None of it depends on the story, so analysis computes it once at
 * ingest (stance-facts.ts) and a read only weighs it against the subject.
 */
export function statementClauses(
  statement: Pick<AnalysedStatement, 'text' | 'quote' | 'sentence'>,
  matcher: ActorMatcher,
): StatementClause[] {
  const units = statement.quote
    ? [
        { text: statement.text, own: true },
        { text: withoutQuotations(statement.sentence), own: false },
      ]
    : [{ text: statement.sentence, own: true }];
  return units.flatMap((unit) =>
    clausesOf(unit.text).map((clause) => {
      const cues = findCueMatches(clause);
      return {
        own: unit.own,
        ...clauseWords(clause, matcher, cues),
        cues: cues.map(({ text, cueClass }) => ({ text, cueClass })),
      };
    }),
  );
}

/** The evidence of clauses cut by statementClauses, weighed against one subject. */
export function evidenceOfClauses(clauses: readonly StatementClause[], subject: StorySubject): Evidence {
  const found = clauses.map((clause) => ({ ...clause, about: aboutOf(clause, subject) }));
  const ownNamesSubject = found.some((clause) => clause.own && clause.about === 'subject');
  const weightOf = (clause: (typeof found)[number]) =>
    clause.about !== 'elsewhere' ? 1 : ownNamesSubject ? 0 : PRESUMED;
  const vote: Evidence['vote'] = {};
  const cues: string[] = [];
  for (const clause of found) {
    const weight = weightOf(clause);
    if (weight === 0) continue;
    for (const cue of clause.cues) {
      vote[cue.cueClass] = Math.max(vote[cue.cueClass] ?? 0, weight);
      cues.push(cue.text);
    }
  }
  return { vote, cues };
}

// The rest of the sentence around a quote is the reporter's frame; other quotes in it have their
// own statements and must not count twice.
const QUOTATION = /"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』/gu;

function withoutQuotations(sentence: string): string {
  return sentence.replace(QUOTATION, ' | ');
}

/**
 * Clauses a cue may govern: sentences, and parts joined by a contrast or coordination ("..., but
 * ...", "..., and this pact ..."), or Japanese が、/ものの/一方.
 */
const CLAUSE_BREAK =
  /[.;:!?|](?=\s|$)|\s[-–—]\s|,\s*(?=(?:but|while|whereas|although|though|yet|and|however)\b)|\b(?:but|however|whereas)\b|[。！？；|]|が、|ものの、?|一方、?|しかし、?|ただ、/giu;

export function clausesOf(text: string): string[] {
  return text
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

export type { ClauseAbout };
