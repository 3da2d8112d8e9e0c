import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SOURCES = ['src', 'commands', 'config', 'test/core/ingest/support'];

/**
 * The app as `npm run build` lays it out (`<root>/dist/...js` beside `config/` and
 * `node_modules/`), transpiled file by file into `root`: a process started on it is the bot as it
 * runs in production, without tsx's loader thread and transform caches (~35 MB of resident memory
 * that would blur a memory measurement). Type checking is `npm run typecheck`'s job, not this one's.
 */
export async function compileApp(root: string): Promise<void> {
  for (const folder of SOURCES) {
    for (const file of await filesUnder(join(ROOT, folder))) {
      const out = join(root, 'dist', relative(ROOT, file).replace(/\.ts$/, '.js'));
      await mkdir(dirname(out), { recursive: true });
      if (!file.endsWith('.ts')) {
        // Data imported beside the code (a lexicon's JSON) goes along as it is.
        await copyFile(file, out);
        continue;
      }
      const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm' });
      await writeFile(out, code);
    }
  }
  for (const shared of ['config', 'node_modules', 'package.json']) {
    await symlink(join(ROOT, shared), join(root, shared));
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
