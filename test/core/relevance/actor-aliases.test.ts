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

  it('never matches a common surname alone or an institution', () => {
    expect(match(en('Lee wins the defence contract')).relevant).toBe(false);
    expect(match(en('Tom Lee at the defence summit')).relevant).toBe(true);
    expect(match(en('The Westland cabinet discusses summit plans')).relevant).toBe(true);
    expect(match(en('The cabinet discusses summit plans')).relevant).toBe(false);
    expect(match(en('Varga speaks')).matched).toEqual(['League']);
  });

  it('never matches a metonym: a capital is also a town elsewhere', () => {
    expect(match(en('Port Ember hosts the summit')).relevant).toBe(false);
    expect(match(en('Brussels weather warning')).relevant).toBe(false);
  });

  it('leaves keywords that name no actor as they are', () => {
    const plain = createRelevanceMatcher(
      { keywords: [{ term: 'liaison office' }] },
      actorAliasesFrom(gazetteer),
    );
    expect(plain(en('Marlow at the summit')).relevant).toBe(false);
  });
});

describe('a Japanese keyword naming a followed actor', () => {
  // The press's abbreviations (日, 米) belong to the config's actor ids, so these actors are real.
  const actors = actorGazetteerSchema.parse({
    actors: {
      japan: { name: 'Japan', ja: ['日本', '防衛省', '外務省'] },
      us: { name: 'United States', ja: ['米国'] },
    },
  });
  const match = createRelevanceMatcher(
    { keywords: [{ term: '日本', requiresAny: ['防衛', '首脳'] }] },
    actorAliasesFrom(actors),
  );

  it("matches the actor's Japanese names from the config where they open a word", () => {
    expect(match(ja('無人機が飛行', '防衛省は3日、発表した。')).relevant).toBe(true);
    expect(match(ja('首脳が会談', 'その後、外務省が説明した。')).relevant).toBe(true);
  });

  it("does not take another country's ministry for the actor's", () => {
    expect(match(ja('首脳が会談', '中国外務省の報道官が述べた。')).relevant).toBe(false);
    expect(match(ja('首脳が会談', 'ロシア外務省が声明を出した。')).relevant).toBe(false);
  });

  it("matches the country's abbreviation in the press's compounds and after a relation prefix", () => {
    expect(match(ja('日米豪印の首脳が会合')).relevant).toBe(true);
    expect(match(ja('日NATO首脳が会談')).relevant).toBe(true);
    expect(match(ja('在日米軍の再編', '防衛協力を確認')).relevant).toBe(true);
    expect(match(ja('大統領が訪日へ', '首脳会談を調整')).relevant).toBe(true);
  });

  it('does not read a day or a word containing the character as the country', () => {
    expect(match(ja('声明', '米国務省は20日米国の首脳について述べた。')).relevant).toBe(false);
    expect(match(ja('本日中に首脳が会う')).relevant).toBe(false);
    expect(match(ja('米中首脳が会談')).relevant).toBe(false);
  });
});
