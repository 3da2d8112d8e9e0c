import { percentile } from '../support/bench-results.js';

/** The commands a user waits for, in turn: name and the options a person would give. */
export const BENCH_CALLS = ['positions', 'digest', 'story', 'search'] as const;
export type BenchCall = (typeof BENCH_CALLS)[number];

/** Every timing of one request: which command, which round, how long until what the user waits for. */
export interface Timing {
  command: BenchCall;
  round: number;
  ms: number;
}

const round1 = (ms: number) => Number(ms.toFixed(1));

/** p50, p99 and max of some timings, NaN-free when empty. */
export function summarize(times: readonly number[]): {
  n: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
} {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50Ms: round1(percentile(sorted, 50)),
    p99Ms: round1(percentile(sorted, 99)),
    maxMs: round1(sorted.at(-1) ?? Number.NaN),
  };
}

/** Per round (the first included) and per command figures of `timings`, printed and returned. */
export function reportRounds(label: string, timings: readonly Timing[]) {
  const rounds = [...new Set(timings.map((timing) => timing.round))];
  const perRound = rounds.map((round) => ({
    round,
    ...summarize(timings.filter((timing) => timing.round === round).map((timing) => timing.ms)),
  }));
  console.log(
    `${label} per round (max ms): ${perRound.map((round) => `#${round.round} ${round.maxMs}`).join(', ')}`,
  );
  const perCommand = Object.fromEntries(
    BENCH_CALLS.map((command) => [
      command,
      summarize(timings.filter((timing) => timing.command === command).map((timing) => timing.ms)),
    ]),
  );
  return { all: summarize(timings.map((timing) => timing.ms)), perRound, perCommand };
}
