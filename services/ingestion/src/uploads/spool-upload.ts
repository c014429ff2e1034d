import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UploadTooLargeError } from './uploads.errors';

export interface SpooledUpload {
  readonly path: string;
  readonly bytes: number;
  remove(): Promise<void>;
}

/**
 * Streams a request body to a temporary file, stopping as soon as it passes the limit, so a large
 * upload never sits in memory and an oversized one is refused without reading it all.
 */
export async function spoolUpload(body: Readable, maxBytes: number, declaredLength?: number): Promise<SpooledUpload> {
  if (declaredLength !== undefined && declaredLength > maxBytes) throw new UploadTooLargeError(maxBytes);
  const path = join(tmpdir(), `loopgate-upload-${randomUUID()}`);
  const remove = () => rm(path, { force: true });
  const out = createWriteStream(path, { flags: 'wx' });
  let bytes = 0;
  try {
    for await (const chunk of body) {
      bytes += (chunk as Buffer).length;
      if (bytes > maxBytes) throw new UploadTooLargeError(maxBytes);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    body.resume(); // drain what the client still sends, so it can read the answer
    await remove();
    throw error;
  }
  return { path, bytes, remove };
}
