import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createRootKey, parseRootPrivateKey, parseRootPublicKey, rootKeysMatch } from './access-signatures';

/**
 * An installation's secrets, as `loopgate admin init` leaves them in a directory: the root key (the
 * private half in a file, mode 0600; the public half a line every service is given) and the key that
 * seals governance's signing keys at rest (a file, mode 0600).
 */
export interface InstallationKeys {
  /** LOOPGATE_ROOT_PUBLIC_KEY, for every service. */
  readonly rootPublicKey: string;
  /** GOVERNANCE_ROOT_KEY_FILE. */
  readonly rootPrivateKeyFile: string;
  /** GOVERNANCE_KEY_ENCRYPTION_KEY_FILE: 32 random bytes, base64. */
  readonly keyEncryptionKeyFile: string;
}

const ROOT_PRIVATE = 'root-key.pem';
const ROOT_PUBLIC = 'root-key.pub';
const KEY_ENCRYPTION = 'key-encryption.key';

/** The installation keys of a directory, made the first time; kept after (new ones would orphan every certificate and sealed key). */
export function initInstallationKeys(dir: string): InstallationKeys & { readonly created: boolean } {
  if (existsSync(join(dir, ROOT_PRIVATE))) return { ...readInstallationKeys(dir), created: false };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const root = createRootKey();
  writeFileSync(join(dir, ROOT_PRIVATE), root.privateKeyPem, { mode: 0o600, flag: 'wx' });
  writeFileSync(join(dir, KEY_ENCRYPTION), `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(join(dir, ROOT_PUBLIC), `${root.publicKey}\n`, { mode: 0o644 });
  return { ...readInstallationKeys(dir), created: true };
}

/** The installation keys a directory holds, checked: every file there, the root key's halves of one key. */
export function readInstallationKeys(dir: string): InstallationKeys {
  const rootPrivateKeyFile = join(dir, ROOT_PRIVATE);
  const rootPublicKey = readFileSync(join(dir, ROOT_PUBLIC), 'utf8').trim();
  const keyEncryptionKeyFile = join(dir, KEY_ENCRYPTION);
  if (!rootKeysMatch(parseRootPrivateKey(readFileSync(rootPrivateKeyFile, 'utf8')), parseRootPublicKey(rootPublicKey)))
    throw new Error(`${dir}: ${ROOT_PRIVATE} and ${ROOT_PUBLIC} are halves of different keys`);
  readKeyEncryptionKey(keyEncryptionKeyFile);
  return { rootPublicKey, rootPrivateKeyFile, keyEncryptionKeyFile };
}

/** The 32-byte key of a key-encryption key file (base64), or an error saying what is wrong with it. */
export function readKeyEncryptionKey(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} holds ${key.length} bytes of base64, not 32`);
  return key;
}

/** What a governance process is given of them (with LOOPGATE_ROOT_PUBLIC_KEY for every service). */
export function governanceKeyEnv(keys: InstallationKeys): Record<string, string> {
  return {
    GOVERNANCE_ROOT_KEY_FILE: keys.rootPrivateKeyFile,
    GOVERNANCE_KEY_ENCRYPTION_KEY_FILE: keys.keyEncryptionKeyFile,
  };
}
