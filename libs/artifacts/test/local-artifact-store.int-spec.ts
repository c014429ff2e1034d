import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  ArtifactCorruptError,
  ArtifactNotFoundError,
  ArtifactTooLargeError,
  LocalArtifactStore,
  artifactStoreFor,
} from '../src';

describe('LocalArtifactStore on the real filesystem', () => {
  const root = mkdtempSync(join(tmpdir(), 'artifacts-'));
  const store = new LocalArtifactStore(root);

  it('addresses content by its sha256 and stores the same bytes once', async () => {
    const a = await store.put(Buffer.from('hello'));
    const b = await store.put(Readable.from([Buffer.from('hel'), Buffer.from('lo')]));
    expect(a).toEqual(b);
    expect(a.sha256).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(a.sizeBytes).toBe(5);
    expect(fileURLToPath(a.uri)).toBe(join(root, 'sha256', '2c', a.sha256));
    expect((await store.read(a)).toString()).toBe('hello');
    expect(await store.exists(a)).toBe(true);
  });

  it('refuses content over the limit and leaves nothing behind', async () => {
    await expect(
      store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 }),
    ).rejects.toBeInstanceOf(ArtifactTooLargeError);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    // Refused at the first chunk, before the temporary file's open has completed: still nothing left.
    await expect(store.put(Readable.from([Buffer.alloc(1200)]), { maxBytes: 1000 })).rejects.toBeInstanceOf(
      ArtifactTooLargeError,
    );
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('detects altered bytes and refuses paths outside the store', async () => {
    const stored = await store.put(Buffer.from('model bytes'));
    writeFileSync(fileURLToPath(stored.uri), 'tampered');
    await expect(store.read(stored)).rejects.toBeInstanceOf(ArtifactCorruptError);
    await expect(store.read({ uri: 'file:///etc/passwd', sha256: 'x' })).rejects.toBeInstanceOf(ArtifactNotFoundError);
    await expect(store.read({ uri: `file://${root}/sha256/00/missing`, sha256: 'x' })).rejects.toBeInstanceOf(
      ArtifactNotFoundError,
    );
  });

  it('is chosen by URI', () => {
    expect(artifactStoreFor(`file://${root}`)).toBeInstanceOf(LocalArtifactStore);
    expect(() => artifactStoreFor('s3://bucket/prefix')).toThrow(/not supported/);
  });
});
