import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const SEALED = 'sealed:v1:';

/**
 * Governance's signing keys at rest: AES-256-GCM under the key-encryption key from the environment
 * (GOVERNANCE_KEY_ENCRYPTION_KEY_FILE), bound to the key's id, so a copy of the table (a backup, a
 * service that could read the schema) holds nothing that signs. Without one (development) keys are
 * kept as PEM, and said so.
 */
export class PrivateKeySealing {
  constructor(private readonly key: Buffer | null) {
    if (key && key.length !== 32) throw new Error(`the key-encryption key is ${key.length} bytes, not 32`);
  }

  get enabled(): boolean {
    return this.key !== null;
  }

  static isSealed(stored: string): boolean {
    return stored.startsWith(SEALED);
  }

  seal(keyId: string, pem: string): string {
    if (!this.key) return pem;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(keyId));
    const sealed = Buffer.concat([cipher.update(pem, 'utf8'), cipher.final()]);
    return `${SEALED}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${sealed.toString('base64')}`;
  }

  open(keyId: string, stored: string): string {
    if (!PrivateKeySealing.isSealed(stored)) return stored;
    if (!this.key)
      throw new Error(
        `signing key '${keyId}' is sealed: governance needs GOVERNANCE_KEY_ENCRYPTION_KEY_FILE to use it`,
      );
    const [iv, tag, sealed] = stored.slice(SEALED.length).split(':');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'))
      .setAAD(Buffer.from(keyId))
      .setAuthTag(Buffer.from(tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`signing key '${keyId}' does not open with this key-encryption key (another key, or altered)`);
    }
  }
}
