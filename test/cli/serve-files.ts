import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Serves files of `dir` on 127.0.0.1 as feeds; `/missing.xml` is a 404 and `/page.xml` an HTML page. */
export async function serveFiles(dir: string): Promise<{ base: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    // The query string is ignored, so tests can give one file many distinct feed URLs.
    const name = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
    if (name === 'page.xml') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a feed</body></html>');
      return;
    }
    try {
      const body = await readFile(join(dir, name));
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
