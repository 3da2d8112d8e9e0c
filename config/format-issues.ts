import type { z } from 'zod';

/** One line per problem, as a person fixing the file needs it: `feeds[2].url: not an http(s) URL`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string[] {
  return issues.map((issue) => `${pathText(prefix, issue.path)}: ${issue.message}`);
}

function pathText(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text || '(top level)';
}
