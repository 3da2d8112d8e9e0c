import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import type { KeyValueStore } from './key-value-store.js';
import { createKeyvKeyValueStore } from './keyv-key-value-store.js';

/** Redis glob metacharacters in a key prefix must not act as wildcards in SCAN MATCH. */
const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);

/**
 * The URL without `?prefix=`, and that prefix: Redis has no schemas, so bots (or test runs) that
 * share one database keep apart by a key prefix, as PostgreSQL ones do by `?schema=`.
 */
export function redisKeyPrefix(url: string): { url: string; keyPrefix: string } {
  const parsed = new URL(url);
  const keyPrefix = parsed.searchParams.get('prefix') ?? '';
  parsed.searchParams.delete('prefix');
  return { url: parsed.toString(), keyPrefix };
}

/** Redis runs a script atomically: no other command runs between its GET and its SET. */
const SET_IF_EQUAL =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0";

/** A shared Redis, for several bot processes serving one community. */
export async function openRedisStore(url: string): Promise<KeyValueStore> {
  const target = redisKeyPrefix(url);
  const client = createClient({ url: target.url });
  await client.connect();
  const adapter = new KeyvRedis(client, { namespace: undefined, throwOnConnectError: true });
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true });
  return createKeyvKeyValueStore(
    keyv,
    {
      insertIfAbsent: async (key, serialized) => (await client.set(key, serialized, { NX: true })) === 'OK',
      readRaw: async (key) => (await client.get(key)) ?? undefined,
      compareAndSet: async (key, expected, next) =>
        expected === undefined
          ? (await client.set(key, next, { NX: true })) === 'OK'
          : (await client.eval(SET_IF_EQUAL, { keys: [key], arguments: [expected, next] })) === 1,
      keysWithPrefix: async function* (prefix) {
        for await (const batch of client.scanIterator({ MATCH: `${escapeGlob(prefix)}*`, COUNT: 500 })) {
          yield* Array.isArray(batch) ? batch : [batch];
        }
      },
      close: async () => {
        if (client.isOpen) await client.quit();
      },
    },
    { keyPrefix: target.keyPrefix },
  );
}
