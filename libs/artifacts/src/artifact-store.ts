import { type Readable } from 'node:stream';

/** A claim check: where the bytes are and the hash they must have. */
export interface ArtifactRef {
  readonly uri: string;
  readonly sha256: string;
}

export interface StoredArtifact extends ArtifactRef {
  readonly sizeBytes: number;
}

export interface PutOptions {
  /** Refuse content larger than this (ArtifactTooLargeError), having stored nothing. */
  readonly maxBytes?: number;
}

/**
 * Content-addressed storage for snapshots, training sets and models: the address is the SHA-256 of
 * the bytes, so storing the same bytes twice stores them once, and a reader can always verify them.
 */
export interface ArtifactStore {
  put(content: Buffer | Readable | AsyncIterable<Uint8Array>, options?: PutOptions): Promise<StoredArtifact>;
  /** The bytes, verified against the ref's sha256 (ArtifactCorruptError otherwise). */
  read(ref: ArtifactRef): Promise<Buffer>;
  exists(ref: ArtifactRef): Promise<boolean>;
}
