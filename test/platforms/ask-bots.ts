import type { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { fakeInteraction, type InteractionInput } from '../fakes/discord/fake-interaction.js';
import type { FakeSlackApi } from '../fakes/slack/fake-slack-api.js';
import { sendSlashCommand } from '../fakes/slack/send-slash-command.js';

let asked = 0;

/**
 * Sends `/news <text>` to a Bolt HTTP receiver and returns the messages the user gets: the bot
 * acks at once, empty, and answers through response_url, so this waits for the first post there.
 */
export async function askSlack(
  api: FakeSlackApi,
  eventsUrl: string,
  secret: string,
  text: string,
  user = 'UADMIN',
): Promise<unknown[]> {
  asked += 1;
  const id = `ask${asked}`;
  await sendSlashCommand(eventsUrl, secret, { text, user_id: user, response_url: api.responseUrl(id) });
  await api.waitFor(() => api.responses(id).length > 0, 10_000);
  return api.responses(id).map((call) => call.body);
}

/**
 * Dispatches a slash command interaction to discord.js and returns the message that answers it:
 * the immediate reply, or the edit of the deferred one.
 */
export async function askDiscord(discord: FakeDiscord, input: InteractionInput): Promise<unknown> {
  const interaction = fakeInteraction(discord.applicationId, input);
  discord.gateway.dispatch('INTERACTION_CREATE', interaction.payload);
  const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
  const callback = (await discord.waitFor(() => discord.find('POST', path)[0], 10_000)).body as {
    type: number;
    data?: unknown;
  };
  if (callback.type === 4) return callback.data;
  const edit = `/webhooks/${discord.applicationId}/${interaction.token}/messages/@original`;
  return (await discord.waitFor(() => discord.find('PATCH', edit)[0], 10_000)).body;
}
