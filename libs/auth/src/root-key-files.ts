import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRootKey, parseRootPrivateKey, parseRootPublicKey, rootKeysMatch } from './access-signatures';

/** Where an installation's root key is kept: the private half (mode 0600) and the public line. */
export interface RootKeyFiles {
  /** GOVERNANCE_ROOT_KEY_FILE. */
  readonly privateKeyFile: string;
  /** LOOPGATE_ROOT_PUBLIC_KEY. */
  readonly publicKey: string;
  /** False when the directory held a root key already (it is kept: a new one would orphan every certificate). */
  readonly created: boolean;
}

export const ROOT_PRIVATE_KEY_FILE = 'root-key.pem';
export const ROOT_PUBLIC_KEY_FILE = 'root-key.pub';

/** The root key of a directory, made the first time: what `loopgate admin init` does. */
export function initRootKey(dir: string): RootKeyFiles {
  const privateKeyFile = join(dir, ROOT_PRIVATE_KEY_FILE);
  const publicKeyFile = join(dir, ROOT_PUBLIC_KEY_FILE);
  if (existsSync(privateKeyFile)) return { ...readRootKey(dir), created: false };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const root = createRootKey();
  writeFileSync(privateKeyFile, root.privateKeyPem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicKeyFile, `${root.publicKey}\n`, { mode: 0o644 });
  return { privateKeyFile, publicKey: root.publicKey, created: true };
}

/** The root key a directory holds, checked: both halves there, and of one key. */
export function readRootKey(dir: string): Omit<RootKeyFiles, 'created'> {
  const privateKeyFile = join(dir, ROOT_PRIVATE_KEY_FILE);
  const publicKey = readFileSync(join(dir, ROOT_PUBLIC_KEY_FILE), 'utf8').trim();
  if (!rootKeysMatch(parseRootPrivateKey(readFileSync(privateKeyFile, 'utf8')), parseRootPublicKey(publicKey)))
    throw new Error(`${dir}: ${ROOT_PRIVATE_KEY_FILE} and ${ROOT_PUBLIC_KEY_FILE} are halves of different keys`);
  return { privateKeyFile, publicKey };
}
