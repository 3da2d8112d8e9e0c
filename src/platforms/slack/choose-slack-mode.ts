/** The Slack environment variables, as any env-like object holds them. */
export type SlackEnv = Readonly<Record<string, string | undefined>>;

/** How to connect to Slack, decided from which variables are set. */
export type SlackModeChoice =
  | { mode: 'disabled' }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string; port?: number }
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string }
  | { mode: 'invalid'; problems: string[] };

const NEEDS =
  'HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN.';

/**
 * Picks the connection mode: Socket Mode when an app-level token (SLACK_APP_TOKEN) is set, HTTP
 * when a signing secret is, nothing when no Slack variable is set at all. An incomplete or
 * malformed set lists every problem, each naming the variable to fix. HTTP mode listens on
 * SLACK_PORT, else PORT (what hosting platforms set), else the config file's port. Pure: reads only `env`.
 */
export function chooseSlackMode(env: SlackEnv): SlackModeChoice {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const rawApiUrl = value(env, 'SLACK_API_URL');
  if (!botToken && !signingSecret && !appToken) return { mode: 'disabled' };
  const problems: string[] = [];
  if (!botToken) problems.push(`SLACK_BOT_TOKEN is not set. ${NEEDS}`);
  else if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN must be a bot token (xoxb-…).');
  if (appToken && !appToken.startsWith('xapp-'))
    problems.push('SLACK_APP_TOKEN must be an app-level token (xapp-…).');
  if (!appToken && !signingSecret) problems.push(`Set SLACK_SIGNING_SECRET or SLACK_APP_TOKEN. ${NEEDS}`);
  const apiUrl = rawApiUrl === undefined ? undefined : normalizeApiUrl(rawApiUrl);
  if (apiUrl === null) problems.push('SLACK_API_URL must be an http(s) URL such as https://slack.com/api/.');
  const portName = value(env, 'SLACK_PORT') === undefined ? 'PORT' : 'SLACK_PORT';
  const port = parsePort(value(env, portName));
  if (port === null && !appToken) problems.push(`${portName} must be a port number from 0 to 65535.`);
  if (problems.length > 0 || !botToken) return { mode: 'invalid', problems };
  const extra = apiUrl ? { apiUrl } : {};
  if (appToken) return { mode: 'socket', botToken, appToken, ...extra };
  const listen = port === undefined || port === null ? {} : { port };
  return { mode: 'http', botToken, signingSecret: signingSecret ?? '', ...extra, ...listen };
}

function value(env: SlackEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function parsePort(raw: string | undefined): number | undefined | null {
  if (raw === undefined) return undefined;
  const port = Number(raw);
  return /^\d+$/.test(raw) && port <= 65_535 ? port : null;
}

/** The Web API client joins method names onto this URL, so it must end with a slash. */
export function normalizeApiUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return null;
  }
}
