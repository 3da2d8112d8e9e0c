/**
 * A separate process for the simultaneous-open test: waits until the given time (so that several
 * processes open together), opens the SQLite archive at the given file, closes it and exits 0; an
 * error exits 1 with its message on stderr.
 */
import { openSqliteArchive } from '../../../../src/core/archive/open-sqlite-archive.js';

const [file, at] = process.argv.slice(2);
while (Date.now() < Number(at)) {
  // Busy-waits: a timer would let the processes drift apart by a scheduler tick.
}
const archive = openSqliteArchive(file as string);
await archive.close();
