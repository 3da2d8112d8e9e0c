/**
 * A problem the person who typed the command must see, with a stable `code` that adapters and
 * tests can rely on. Adapters render it as an ephemeral error reply; nothing else is logged as
 * a failure.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
