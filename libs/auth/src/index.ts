export * from './roles';
export * from './auth.errors';
export {
  keyIdOf,
  MAX_TOKEN_LIFETIME_S,
  signAccessToken,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  verifyAccessToken,
  type AccessTokenClaims,
  type SigningKey,
  type PrincipalKind,
} from './access-token';
export {
  AccessState,
  ACCESS_EVENTS,
  type AccessObject,
  type AccessEvent,
  type AccessDecision,
  type ObjectKind,
  type Principal,
} from './access-state';
export { AccessControl } from './access-control';
export { AnonymousRefusals, type AnonymousRefusalLimits, type Denial } from './anonymous-refusals';
export {
  certificateValid,
  certify,
  createRootKey,
  parseRootPrivateKey,
  parseRootPublicKey,
  rootKeysMatch,
  signEvent,
  signatureValid,
  type EventSigner,
  type RootKey,
} from './access-signatures';
export {
  governanceKeyEnv,
  initInstallationKeys,
  readInstallationKeys,
  readKeyEncryptionKey,
  type InstallationKeys,
} from './installation-keys';
export { AccessGuard } from './access.guard';
export { CallerAccess } from './caller-access';
export {
  Public,
  Requires,
  Caller,
  ACCESS_RULE,
  type AccessRule,
  type AccessTarget,
  type AccessObjectResolver,
} from './access.decorators';
export { EphemeralAuthority, type EphemeralTokenOptions } from './ephemeral-authority';
