/**
 * The work's result if it settles within `ms`, else undefined; the work itself goes on (a slow
 * command still answers later). Rejections of the work pass through. A plain timer, not an
 * aborted `timers/promises` delay: building an AbortError per interaction showed up in profiles.
 */
export function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    const timer = setTimeout(resolve, ms, undefined);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
