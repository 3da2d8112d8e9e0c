import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfigPath, loadConfig } from '../../../config/load-config.js';
import { actorAliasesFrom } from '../../../src/core/relevance/actor-aliases.js';
import {
  createRelevanceMatcher,
  type RelevanceMatcher,
} from '../../../src/core/relevance/create-relevance-matcher.js';

const ja = (title: string, text: string) => ({ title, text, language: 'ja' as const });
const en = (title: string, text: string) => ({ title, text, language: 'en' as const });

// The shipped keywords and actors, as ingest runs them: what a new install keeps.
describe('the shipped watched keywords', () => {
  let relevant: RelevanceMatcher;
  beforeAll(async () => {
    const loaded = await loadConfig(defaultConfigPath());
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    relevant = createRelevanceMatcher(loaded.config.keywords, actorAliasesFrom(loaded.config.actors));
  });

  it('keep a Japanese report that names Japan only by its ministry', () => {
    const report = ja(
      '無人機が島の近くを飛行',
      '【那覇】防衛省は5日、外国の無人機1機が島の近くを飛んだと発表した。',
    );
    expect(relevant(report).relevant).toBe(true);
  });

  it("keep a Japanese report that names Japan only in the press's compounds", () => {
    expect(relevant(ja('日豪首脳が会談', '両首脳は防衛協力の拡大で一致した。')).relevant).toBe(true);
    expect(relevant(ja('在日米軍の司令部を強化へ', '同盟の抑止力を高める。')).relevant).toBe(true);
  });

  it("do not take another country's ministry for Japan's", () => {
    const report = ja('ロシア外務省が声明', 'ロシア外務省は首脳会談について声明を出した。');
    expect(relevant(report)).toMatchObject({ relevant: false });
  });

  it('keep an English report whose only companion term is in the plural', () => {
    const report = en('Export rules eased', "Japan's cabinet let licence-built missiles be shipped abroad.");
    expect(relevant(report).matched).toContain('Japan');
  });
});
