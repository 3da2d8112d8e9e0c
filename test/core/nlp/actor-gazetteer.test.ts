import { describe, expect, it } from 'vitest';
import { listActorKeys, parseActorGazetteer } from '../../../src/core/nlp/actor-gazetteer.js';
import { compileActorMatcher } from '../../../src/core/nlp/actor-matcher.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';

describe('actor gazetteer', () => {
  it('the default file lists the five followed actors', async () => {
    const gazetteer = await loadDefaultGazetteer();
    expect(listActorKeys(gazetteer)).toEqual(['japan', 'nato', 'france', 'us', 'china']);
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
