/**
 * Reads one case file's text: only a regular file (a FIFO would block start-up, a device such as
 * /dev/zero never ends), at most CASE_FILE_LIMIT bytes, UTF-8 with or without a byte order mark.
 * Returns the text, or what is wrong with the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** The largest case file read: far above any real case body (a few KB), far below what hurts. */
export const CASE_FILE_LIMIT = 5 * 1024 * 1024;

export type CaseFileText = { text: string } | { message: string };

export function readCaseFileText(file: string): CaseFileText {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { message: `must be readable (${describeError(error)})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { message: `must be a regular file (it is ${kindOf(stats)})` };
    const bytes = readAtMost(fd, CASE_FILE_LIMIT + 1);
    if (bytes.length > CASE_FILE_LIMIT)
      return { message: `must be at most 5 MB (${CASE_FILE_LIMIT} bytes); it is larger` };
    return { text: bytes.toString("utf8").replace(/^\uFEFF/, "") };
  } catch (error) {
    return { message: `must be readable (${describeError(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** Up to `limit` bytes from the start of the file, however large it claims to be. */
function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "")}` : message;
}
