import { readFileSync } from 'node:fs';
import { type KeyObject } from 'node:crypto';
import { parseRootPrivateKey, parseRootPublicKey, readKeyEncryptionKey, rootKeysMatch } from '@loopgate/auth';
import { ConfigurationError } from '@loopgate/service';

interface KeyConfig {
  readonly LOOPGATE_ROOT_PUBLIC_KEY?: string;
  readonly GOVERNANCE_ROOT_KEY_FILE?: string;
  readonly GOVERNANCE_KEY_ENCRYPTION_KEY_FILE?: string;
}

/**
 * The installation's root private key, which certifies every signing key governance publishes (and its
 * revocation): read from GOVERNANCE_ROOT_KEY_FILE, and checked against LOOPGATE_ROOT_PUBLIC_KEY, so a
 * governance whose certificates every service would refuse does not start. Null without a root key
 * (development): keys go out uncertified.
 */
export function loadRootKey(service: string, config: KeyConfig): KeyObject | null {
  const { LOOPGATE_ROOT_PUBLIC_KEY: publicText, GOVERNANCE_ROOT_KEY_FILE: file } = config;
  if (!publicText && !file) return null;
  if (!publicText || !file)
    throw new ConfigurationError(service, [
      `${publicText ? 'GOVERNANCE_ROOT_KEY_FILE' : 'LOOPGATE_ROOT_PUBLIC_KEY'} is not set: governance needs both halves of the root key (\`loopgate admin init\` makes them), or neither`,
    ]);
  let privateKey: KeyObject;
  try {
    privateKey = parseRootPrivateKey(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(service, [
      `GOVERNANCE_ROOT_KEY_FILE is ${JSON.stringify(file)}: not a readable Ed25519 private key (${(error as Error).message})`,
    ]);
  }
  if (!rootKeysMatch(privateKey, parseRootPublicKey(publicText)))
    throw new ConfigurationError(service, [
      'GOVERNANCE_ROOT_KEY_FILE holds another root key than LOOPGATE_ROOT_PUBLIC_KEY names: every service would refuse its certificates',
    ]);
  return privateKey;
}

/** The key that seals the signing keys at rest (GOVERNANCE_KEY_ENCRYPTION_KEY_FILE), or null (development). */
export function loadKeyEncryptionKey(service: string, config: KeyConfig): Buffer | null {
  const file = config.GOVERNANCE_KEY_ENCRYPTION_KEY_FILE;
  if (!file) return null;
  try {
    return readKeyEncryptionKey(file);
  } catch (error) {
    throw new ConfigurationError(service, [
      `GOVERNANCE_KEY_ENCRYPTION_KEY_FILE is ${JSON.stringify(file)}: ${(error as Error).message} (\`loopgate admin init\` makes one)`,
    ]);
  }
}
