/**
 * Reading one input of the CLI with the size limit applied while reading: a 3 GB file, a device
 * such as /dev/zero or an endless pipe stops at the limit instead of being read to the end.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { XinwenError } from '../errors.js';

/** The name standard input has among the CLI's inputs. */
export const STDIN = '-';

function tooLarge(source: string, limit: number): XinwenError {
  return new XinwenError('E_TOO_LARGE', `${source} is over the limit of ${limit} bytes; raise it with --max-size if this is intended`);
}

/** Reads a stream to its end, or throws `E_TOO_LARGE` as soon as it passes `limit` bytes. */
async function readCapped(stream: Readable, limit: number, source: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > limit) throw tooLarge(source, limit);
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (stream !== process.stdin) stream.destroy();
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of one input: a file path, or {@link STDIN}. A file's size is checked before it is
 * read when the file system knows it; anything else (devices, pipes) is cut off at the limit.
 * Errors from the file system (ENOENT, EACCES) are thrown as they are, and a directory gives an
 * EISDIR error that says to pass -r.
 */
export async function readInput(source: string, limit: number): Promise<Uint8Array> {
  if (source === STDIN) return readCapped(process.stdin, limit, 'standard input');
  const info = await stat(source);
  if (info.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${source} is a directory; pass -r to parse the files in it`), { code: 'EISDIR', syscall: 'read', path: source });
  }
  if (info.isFile() && info.size > limit) throw tooLarge(source, limit);
  return readCapped(createReadStream(source), limit, source);
}
