import { validateDetailed } from 'node-cron';

/**
 * node-cron's own check, phrased for a person. Kept here because core/ and commands/ do not
 * import node-cron; main.ts hands it to the commands as a `CronValidator`.
 */
export function validateCron(expression: string): string | null {
  const result = validateDetailed(expression);
  if (result.valid) return null;
  return result.errors.map((error) => error.message.replace(' a invalid ', ' an invalid ')).join('; ');
}
