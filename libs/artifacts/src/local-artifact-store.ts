import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';
import { type Readable } from 'node:stream';
import { type ArtifactRef, type ArtifactStore, type PutOptions, type StoredArtifact } from './artifact-store';
import {
  ArtifactCorruptError,
  ArtifactNotFoundError,
  ArtifactTooLargeError,
  UnsupportedArtifactUriError,
} from './artifacts.errors';

/**
 * Artifacts as files under a root directory: `<root>/sha256/<first two hex>/<hash>`. Writes go to a
 * temporary file first and are renamed into place, so a crash never leaves a partial artifact.
 */
export class LocalArtifactStore implements ArtifactStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(content: Buffer | Readable | AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredArtifact> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const out = createWriteStream(tmp, { flags: 'wx' });
    try {
      const chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array> = Buffer.isBuffer(content) ? [content] : content;
      for await (const chunk of chunks) {
        size += chunk.length;
        if (options.maxBytes !== undefined && size > options.maxBytes)
          throw new ArtifactTooLargeError(options.maxBytes);
        hash.update(chunk);
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      out.end();
      await finished(out);
    } catch (error) {
      // The file is opened asynchronously: removed before the open completes, it would be created after.
      await closed(out);
      await rm(tmp, { force: true });
      throw error;
    }
    const sha256 = hash.digest('hex');
    const path = this.pathOf(sha256);
    await mkdir(dirname(path), { recursive: true });
    await rename(tmp, path); // same bytes, same name: replacing an existing copy changes nothing
    return { uri: pathToFileURL(path).href, sha256, sizeBytes: size };
  }

  async read(ref: ArtifactRef): Promise<Buffer> {
    const path = this.localPath(ref.uri);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ArtifactNotFoundError(ref.uri);
      throw error;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== ref.sha256) throw new ArtifactCorruptError(ref.uri, ref.sha256, actual);
    return bytes;
  }

  async exists(ref: ArtifactRef): Promise<boolean> {
    try {
      await access(this.localPath(ref.uri));
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(sha256: string): string {
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256);
  }

  private localPath(uri: string): string {
    if (!uri.startsWith('file://')) throw new UnsupportedArtifactUriError(uri);
    const path = resolve(fileURLToPath(uri));
    // A URI from an event must not read files outside the store.
    if (!path.startsWith(this.root + sep)) throw new ArtifactNotFoundError(uri);
    return path;
  }
}

/**
 * One store per installation wherever a process starts: $LOOPGATE_HOME/artifacts, ~/.loopgate/artifacts
 * without it (never relative to the working directory, which gave each service started from its own
 * folder a store of its own).
 */
export function defaultArtifactStoreUri(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return pathToFileURL(join(env.LOOPGATE_HOME || join(homedir(), '.loopgate'), 'artifacts')).href;
}

/** The store a URI names: today file:///absolute/dir; an S3-compatible store would add s3://bucket/prefix. */
export function artifactStoreFor(uri: string): ArtifactStore {
  if (!uri.startsWith('file:///')) throw new UnsupportedArtifactUriError(uri);
  return new LocalArtifactStore(fileURLToPath(uri));
}

/** Destroys a write stream and resolves once its file is closed (opened first, if the open was still under way). */
function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed) return resolve();
    stream.once('close', () => resolve());
    stream.destroy();
  });
}
