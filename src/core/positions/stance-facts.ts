import { createHash } from 'node:crypto';
import type { ActorGazetteer } from '../nlp/actor-gazetteer.js';
import { compileActorMatcher } from '../nlp/actor-matcher.js';
import type { AnalysedStatement, StanceFacts } from '../nlp/article-analysis.js';
import cueLexicon from '../nlp/lexicons/stance-cues.json' with { type: 'json' };
import { statementClauses } from './statement-evidence.js';
import { subjectTermsOf } from './story-subject.js';
import subjectWords from './subject-words.json' with { type: 'json' };

/**
 * Raise when the code that cuts clauses, terms or cues changes what it finds: stored facts with
 * an older basis are then cut again at read time (see StanceFacts.basis).
 */
const CUTTING_VERSION = 1;

const bases = new WeakMap<ActorGazetteer, string>();

/** The basis facts cut now carry: the actors, both lexicons and the cutting code's version. */
export function stanceBasis(gazetteer: ActorGazetteer): string {
  let basis = bases.get(gazetteer);
  if (basis === undefined) {
    const inputs = JSON.stringify([CUTTING_VERSION, gazetteer, cueLexicon, subjectWords]);
    basis = createHash('sha256').update(inputs).digest('base64url').slice(0, 16);
    bases.set(gazetteer, basis);
  }
  return basis;
}

/** Characters of each article's lead read for the subject: the lead says what happened. */
const LEAD_CHARS = 300;

/** An article's title and lead: what the story is about, as this outlet put it. */
export function leadOf(article: { title: string; text: string }): string {
  return `${article.title}\n${article.text.slice(0, LEAD_CHARS)}`;
}

/**
 * Everything stance needs of one article that does not depend on the story it joins: cut once at
 * ingest and stored with the analysis, so `/positions` only weighs stored clauses against the
 * story's subject instead of running the actor matcher and the cue lexicon over every statement.
 */
export function stanceFactsOf(
  article: { title: string; text: string },
  statements: readonly Pick<AnalysedStatement, 'text' | 'quote' | 'sentence'>[],
  gazetteer: ActorGazetteer,
): StanceFacts {
  const matcher = compileActorMatcher(gazetteer);
  return {
    basis: stanceBasis(gazetteer),
    lead: [...new Set(subjectTermsOf(leadOf(article), matcher))],
    statements: statements.map((statement) => statementClauses(statement, matcher)),
  };
}

/** Stored facts when they were cut as they would be now; otherwise undefined (cut them again). */
export function currentFacts(
  stance: StanceFacts | undefined,
  statements: readonly unknown[],
  gazetteer: ActorGazetteer,
): StanceFacts | undefined {
  if (stance === undefined || stance.basis !== stanceBasis(gazetteer)) return undefined;
  return stance.statements.length === statements.length ? stance : undefined;
}
