import type { PositionsReport } from '../positions/positions-report.js';
import type { PositionMove } from './digest.js';

/**
 * Actors whose stance in the latest timeline period differs from the period before. An unknown
 * stance on either side is not a move: it only means nobody quoted them that month.
 */
export function findPositionMoves(report: PositionsReport): PositionMove[] {
  const moves: PositionMove[] = [];
  for (const position of report.actors) {
    const latest = position.timeline.at(-1);
    const previous = position.timeline.at(-2);
    if (latest === undefined || previous === undefined) continue;
    if (latest.stance === 'unknown' || previous.stance === 'unknown') continue;
    if (latest.stance === previous.stance) continue;
    moves.push({
      storyId: report.story.id,
      storyTitle: report.story.title,
      actor: position.actor,
      from: previous.stance,
      to: latest.stance,
      period: latest.period,
    });
  }
  return moves;
}
