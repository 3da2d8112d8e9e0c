/** Where CLI handlers write: stdout for results, stderr for progress and errors. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress can redraw one line. */
  interactive: boolean;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
};

/** With --json, stdout is exactly one JSON document. */
export function printJson(output: CliOutput, value: unknown): void {
  output.out(JSON.stringify(value, null, 2));
}

/** A failure the CLI reports on stderr with a non-zero exit, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
