import { describe, expect, it } from 'vitest';
import { actorGazetteerSchema } from '../../../src/core/nlp/actor-gazetteer.js';
import { actorAliasesFrom } from '../../../src/core/relevance/actor-aliases.js';
import { createRelevanceMatcher } from '../../../src/core/relevance/create-relevance-matcher.js';

const en = (title: string, text = '') => ({ title, text, language: 'en' as const });
const ja = (title: string, text = '') => ({ title, text, language: 'ja' as const });

// A made-up gazetteer: the matcher must work from whatever actors.yaml lists.
const gazetteer = actorGazetteerSchema.parse({
  actors: {
    westland: {
      name: 'Westland',
      people: [
        { name: 'Ada Marlow', ja: ['マーロウ首相'] },
        { name: 'Tom Lee', ambiguousSurname: true },
      ],
      institutions: ['the Westland cabinet'],
      demonyms: ['Westlandic'],
      metonyms: ['Port Ember'],
      ja: ['ウェストランド'],
    },
    league: { name: 'League', people: [{ name: 'Ines Varga' }], metonyms: ['Brussels'] },
  },
});

describe('a keyword naming a followed actor', () => {
  const match = createRelevanceMatcher(
    {
      keywords: [
        { term: 'Westland', requiresAny: ['summit', 'defence'] },
        { term: 'ウェストランド', requiresAny: ['首脳'] },
        { term: 'League' },
      ],
    },
    actorAliasesFrom(gazetteer),
  );

  it("also matches the actor's people by full name and by unshared surname", () => {
    expect(match(en('Marlow flies to the summit')).matched).toEqual(['Westland']);
    expect(match(en('Ada Marlow talks defence')).relevant).toBe(true);
  });

  it('also matches its demonym, with the companions still required', () => {
    expect(match(en('Westlandic envoy at the summit')).relevant).toBe(true);
    expect(match(en('Marlow opens a bakery'))).toMatchObject({
      relevant: false,
      reason: expect.stringContaining("'Westland' matched but none of its companion terms"),
    });
  });

  it("matches a Japanese keyword's actor by its people's Japanese names", () => {
    expect(match(ja('マーロウ首相、首脳会談へ')).matched).toEqual(['ウェストランド']);
  });

  it('never matches a common surname alone, an institution or a metonym', () => {
    expect(match(en('Lee wins the defence contract')).relevant).toBe(false);
    expect(match(en('Tom Lee at the defence summit')).relevant).toBe(true);
    expect(match(en('The Westland cabinet discusses summit plans')).relevant).toBe(true);
    expect(match(en('Port Ember hosts the summit')).relevant).toBe(false);
    expect(match(en('Brussels weather warning')).relevant).toBe(false);
    expect(match(en('Varga speaks')).matched).toEqual(['League']);
  });

  it('leaves keywords that name no actor as they are', () => {
    const plain = createRelevanceMatcher(
      { keywords: [{ term: 'liaison office' }] },
      actorAliasesFrom(gazetteer),
    );
    expect(plain(en('Marlow at the summit')).relevant).toBe(false);
  });
});
