import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import type { KeyValueStore } from './key-value-store.js';
import { createKeyvKeyValueStore } from './keyv-key-value-store.js';

/** Redis glob metacharacters in a key prefix must not act as wildcards in SCAN MATCH. */
const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);

/** A shared Redis, for several bot processes serving one community. */
export async function openRedisStore(url: string): Promise<KeyValueStore> {
  const client = createClient({ url });
  await client.connect();
  const adapter = new KeyvRedis(client, { namespace: undefined, throwOnConnectError: true });
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true });
  return createKeyvKeyValueStore(keyv, {
    insertIfAbsent: async (key, serialized) => (await client.set(key, serialized, { NX: true })) === 'OK',
    keysWithPrefix: async function* (prefix) {
      for await (const batch of client.scanIterator({ MATCH: `${escapeGlob(prefix)}*`, COUNT: 500 })) {
        yield* Array.isArray(batch) ? batch : [batch];
      }
    },
    close: async () => {
      if (client.isOpen) await client.quit();
    },
  });
}
