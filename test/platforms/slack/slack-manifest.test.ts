import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Manifest {
  features: { slash_commands: { command: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean };
}

describe('the Slack app manifest', () => {
  it('declares /news and every scope the adapter calls need', async () => {
    const manifest = parse(
      await readFile(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8'),
    ) as Manifest;
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/news']);
    // should_escape false: mentions arrive as typed, and the adapter undoes Slack's &amp; &lt; &gt;.
    expect(manifest.features.slash_commands[0]?.should_escape).toBe(false);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'users:read', 'im:write']),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
