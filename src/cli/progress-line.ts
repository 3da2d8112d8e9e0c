import type { CliOutput } from './cli-output.js';

/**
 * A one-line progress display on a terminal ("polling 3/19 feeds… nhk.or.jp"), redrawn in place;
 * silent when stderr is not a terminal, so logs and CI output stay clean.
 */
export function createProgressLine(output: CliOutput, label: string) {
  let shown = false;
  return {
    update(done: number, total: number, detail = ''): void {
      if (!output.interactive) return;
      const text = `${label} ${done}/${total}${detail ? `  ${detail}` : ''}`;
      process.stderr.write(`\r\x1b[2K${text.slice(0, (process.stderr.columns ?? 100) - 1)}`);
      shown = true;
    },
    clear(): void {
      if (shown) process.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}
