/** Where CLI handlers write: stdout for results, stderr for progress and errors. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress can redraw one line. */
  interactive: boolean;
}

/**
 * A reader that stops early (`newsbot articles --json | head -c 10`) closes the pipe; Node then
 * raises EPIPE as an unhandled 'error' event with a stack trace. The reader has what it wanted:
 * the rest of the output is dropped (a destroyed stream ignores later writes) and the command
 * finishes its work and exits as it would have, quietly.
 */
export function quietOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
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
