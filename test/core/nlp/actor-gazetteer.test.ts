import { describe, expect, it } from 'vitest';
import { featuredFirst, listActorKeys, parseActorGazetteer } from '../../../src/core/nlp/actor-gazetteer.js';
import { compileActorMatcher } from '../../../src/core/nlp/actor-matcher.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';

describe('actor gazetteer', () => {
  it('the default file follows the AP4 partners beside the five featured actors', async () => {
    const gazetteer = await loadDefaultGazetteer();
    expect(featuredFirst(gazetteer)).toEqual({
      featured: ['japan', 'nato', 'france', 'us', 'china'],
      others: ['australia', 'new-zealand', 'south-korea'],
    });
    expect(listActorKeys(gazetteer)).toHaveLength(8);
  });

  it('names Australia, New Zealand and South Korea by leaders, bodies, capitals and Japanese names', async () => {
    const matcher = compileActorMatcher(await loadDefaultGazetteer());
    const actors = (text: string) => matcher.mentions(text).map((m) => `${m.alias}:${m.actor}`);
    expect(
      actors('Albanese spoke with Luxon and Yoon Suk Yeol; Canberra, Wellington and Seoul agreed.'),
    ).toEqual([
      'Albanese:australia',
      'Luxon:new-zealand',
      'Yoon Suk Yeol:south-korea',
      'Canberra:australia',
      'Wellington:new-zealand',
      'Seoul:south-korea',
    ]);
    expect(actors('豪州とニュージーランド、韓国政府。アルバニージー首相と李在明大統領')).toEqual([
      '豪州:australia',
      'ニュージーランド:new-zealand',
      '韓国政府:south-korea',
      'アルバニージー首相:australia',
      '李在明:south-korea',
    ]);
    expect(actors('The South Korean and Australian defence chiefs met.')).toEqual([
      'South Korean:south-korea',
      'Australian:australia',
    ]);
  });

  it('a common surname alone names nobody; a family name written first is the surname', async () => {
    const matcher = compileActorMatcher(await loadDefaultGazetteer());
    expect(matcher.person('Penny Wong')?.actor).toBe('australia');
    expect(matcher.person('Wong')).toBeUndefined();
    expect(matcher.person('Peters')).toBeUndefined();
    expect(matcher.person('Lee')).toBeUndefined();
    expect(matcher.person('Yoon')?.name).toBe('Yoon Suk Yeol');
    expect(matcher.person('Marles')?.actor).toBe('australia');
    expect(matcher.person('Mao')?.actor).toBe('china');
  });

  it('a featured actor that is not defined is listed as a problem', () => {
    const result = parseActorGazetteer('featured: [japan, mars]\nactors:\n  japan:\n    name: Japan\n');
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'featured[1]: no actor "mars"',
    ]);
  });

  it('lists every problem with its path', () => {
    const result = parseActorGazetteer('actors:\n  japan:\n    people:\n      - title: PM\n  china: {}\n');
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'actors.japan.name',
      'actors.japan.people[0].name',
      'actors.china.name',
    ]);
  });

  it('rejects an actor key a user could not type as an option', () => {
    const result = parseActorGazetteer('actors:\n  South Korea:\n    name: South Korea\n');
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['actors.South Korea']);
  });

  it('says when the text is not YAML at all', () => {
    const result = parseActorGazetteer('actors: [unclosed');
    expect(result.ok ? [] : result.issues[0]?.message).toMatch(/not valid YAML/);
  });

  it('finds actors by leaders, bodies, demonyms, metonyms and Japanese names', async () => {
    const matcher = compileActorMatcher(await loadDefaultGazetteer());
    const actors = (text: string) => matcher.mentions(text).map((m) => `${m.alias}:${m.actor}`);
    expect(actors('Rutte met Wang Yi; the Elysee and the Pentagon replied.')).toEqual([
      'Rutte:nato',
      'Wang Yi:china',
      'the Elysee:france',
      'Pentagon:us',
    ]);
    expect(actors('NATOは北大西洋条約機構。林外相と中国外務省')).toEqual([
      'NATO:nato',
      '北大西洋条約機構:nato',
      '林外相:japan',
      '中国外務省:china',
    ]);
    expect(actors('Japanese and French officials; the alliance')).toEqual([
      'Japanese:japan',
      'French:france',
      'the alliance:nato',
    ]);
    expect(matcher.places('Talks in Tokyo and ブリュッセル')).toEqual(['Tokyo', 'Brussels']);
  });
});
