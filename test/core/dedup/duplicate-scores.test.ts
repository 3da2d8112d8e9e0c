import { describe, expect, it } from 'vitest';
import type { DuplicateMatch } from '../../../src/core/articles/article.js';
import { createDuplicateFinder } from '../../../src/core/dedup/create-duplicate-finder.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { buildDedupFixture, type FixtureItem } from '../../fixtures/dedup/build-dedup-fixture.js';

/** Runs the fixture stream as the ingest pipeline does: a copy is not added, an original is. */
async function runStream(items: readonly FixtureItem[]): Promise<Map<string, DuplicateMatch | null>> {
  const finder = createDuplicateFinder(createMemoryKeyValueStore());
  const decisions = new Map<string, DuplicateMatch | null>();
  for (const item of items) {
    const match = await finder.find(item);
    decisions.set(item.id, match);
    if (!match) await finder.add(item);
  }
  return decisions;
}

describe('duplicate detection on the labelled fixture', () => {
  it('reaches precision >= 0.99 and recall >= 0.95, and marks no independent rewrite as a copy', async () => {
    const { items, pairs } = buildDedupFixture();
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    const decisions = await runStream(items);
    const predicted = (a: string, b: string) => decisions.get(a)?.of === b || decisions.get(b)?.of === a;
    let truePositives = 0;
    let falseNegatives = 0;
    const missed: string[] = [];
    for (const pair of pairs.filter((p) => p.duplicate)) {
      if (predicted(pair.a, pair.b)) truePositives += 1;
      else {
        falseNegatives += 1;
        missed.push(`${pair.a} (${JSON.stringify(decisions.get(pair.a))})`);
      }
    }
    // Every match that is not a labelled copy counts against precision, labelled pair or not.
    const wrong = items.filter((item) => {
      const match = decisions.get(item.id);
      return match && match.of !== item.copyOf;
    });
    const precision = truePositives / (truePositives + wrong.length);
    const recall = truePositives / (truePositives + falseNegatives);
    const rewritesMarked = pairs.filter((p) => p.kind === 'rewrite-same-event' && predicted(p.a, p.b));
    console.log(
      `dedup fixture: ${pairs.length} labelled pairs (${truePositives + falseNegatives} copies), ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, rewrites marked ${rewritesMarked.length}`,
    );
    if (missed.length > 0) console.log(`missed: ${missed.join('; ')}`);
    if (wrong.length > 0)
      console.log(`wrong: ${wrong.map((item) => `${item.id} -> ${decisions.get(item.id)?.of}`).join('; ')}`);
    expect(rewritesMarked).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
