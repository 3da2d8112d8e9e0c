import type { Writable } from 'node:stream';
import type { ChannelMessenger } from '../../core/digest/channel-messenger.js';
import { renderPlainText } from './render-plain-text.js';

/** Digests in the console: printed to the output between two rules. */
export function createConsoleMessenger(output: Writable): ChannelMessenger {
  let sent = 0;
  const print = (text: string) =>
    new Promise<void>((resolve, reject) =>
      output.write(`\n${'='.repeat(40)}\n${text}${'='.repeat(40)}\n`, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  return {
    platform: 'console',
    post: async (channelId, reply) => {
      try {
        await print(renderPlainText(reply));
      } catch (error) {
        return {
          ok: false,
          reason: 'unavailable',
          message: error instanceof Error ? error.message : String(error),
        };
      }
      sent += 1;
      return { ok: true, messageId: `${channelId}-${sent}` };
    },
    notifyAdmins: async (_workspaceId, reply) => {
      await print(renderPlainText(reply));
    },
  };
}
