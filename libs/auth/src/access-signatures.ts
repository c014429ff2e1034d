import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@loopgate/artifacts';
import { type EventPayloads } from '@loopgate/contracts';

// Plain Ed25519 signatures over canonical JSON (node:crypto): the statements are not tokens, so a JWS
// envelope would add a header to agree on and nothing to check.

/** The installation's root key pair, as `loopgate admin init` makes it: the public half goes to every service. */
export interface RootKey {
  /** LOOPGATE_ROOT_PUBLIC_KEY: base64 of the SPKI DER. */
  readonly publicKey: string;
  /** PKCS#8 PEM, for governance (GOVERNANCE_ROOT_KEY_FILE) and the operators who certify keys. */
  readonly privateKeyPem: string;
}

export function createRootKey(): RootKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A root public key as configured: base64 SPKI DER (one line, for an environment variable) or SPKI PEM. */
export function parseRootPublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? createPublicKey(trimmed)
    : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the root key is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

export function parseRootPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the root key is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

/** Whether a root private key is the other half of a root public key. */
export function rootKeysMatch(privateKey: KeyObject, publicKey: KeyObject): boolean {
  const probe = Buffer.from('loopgate-root-key-probe');
  return verify(null, probe, publicKey, sign(null, probe, privateKey));
}

type Certified = 'SigningKeyPublished' | 'SigningKeyRevoked';
/** Events a certified signing key signs: access events, and the audit log's checkpoints. */
type Signed = 'TokenRevoked' | 'ObjectAccessChanged' | 'AuditCheckpointed';
type Unsigned<T extends Signed> = Omit<EventPayloads[T], 'signedBy' | 'signature'>;

const STATEMENT: Record<Certified, string> = {
  SigningKeyPublished: 'signing-key',
  SigningKeyRevoked: 'signing-key-revoked',
};

/** What the root key signs of a key's publication or revocation: every field but the certificate. */
function certifiedBytes<T extends Certified>(type: T, payload: Omit<EventPayloads[T], 'certificate'>): Buffer {
  const { certificate: _certificate, ...fields } = payload as EventPayloads[T];
  return Buffer.from(canonicalJson({ statement: STATEMENT[type], ...fields }));
}

/** The payload with the root key's certificate. */
export function certify<T extends Certified>(
  type: T,
  payload: Omit<EventPayloads[T], 'certificate'>,
  root: KeyObject,
): EventPayloads[T] {
  const certificate = sign(null, certifiedBytes(type, payload), root).toString('base64url');
  return { ...payload, certificate } as EventPayloads[T];
}

export function certificateValid<T extends Certified>(type: T, payload: EventPayloads[T], root: KeyObject): boolean {
  if (!payload.certificate) return false;
  return verify(null, certifiedBytes(type, payload), root, Buffer.from(payload.certificate, 'base64url'));
}

/** A key that signs events: governance's current signing key, or an operator's certified one. */
export interface EventSigner {
  readonly keyId: string;
  readonly privateKey: KeyObject;
}

function signedBytes<T extends Signed>(type: T, payload: Unsigned<T>): Buffer {
  const { signedBy: _signedBy, signature: _signature, ...fields } = payload as EventPayloads[T];
  return Buffer.from(canonicalJson({ type, ...fields }));
}

/** The payload signed by a certified key. */
export function signEvent<T extends Signed>(type: T, payload: Unsigned<T>, signer: EventSigner): EventPayloads[T] {
  const signature = sign(null, signedBytes(type, payload), signer.privateKey).toString('base64url');
  return { ...payload, signedBy: signer.keyId, signature } as EventPayloads[T];
}

/** Whether the event is signed by the key given (the caller checks that the key is certified and not revoked). */
export function signatureValid<T extends Signed>(type: T, payload: EventPayloads[T], publicKey: KeyObject): boolean {
  if (!payload.signature) return false;
  return verify(null, signedBytes(type, payload), publicKey, Buffer.from(payload.signature, 'base64url'));
}
