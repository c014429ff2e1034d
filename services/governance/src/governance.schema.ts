import { Principal } from './identities/principal.entity';
import { IssuedToken } from './identities/issued-token.entity';
import { SigningKey } from './signing-keys/signing-key.entity';
import { ObjectAccess } from './ownership/object-access.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditCheckpoint } from './audit/audit-checkpoint.entity';
import { Approval } from './approvals/approval.entity';
import { Governance1764420000000 } from './migrations/1764420000000-governance';
import { Access1764500000000 } from './migrations/1764500000000-access';
import { SigningKeyRevocation1765500000000 } from './migrations/1765500000000-signing-key-revocation';

/** Governance's tables and migrations: the service's, and its offline tasks' (bootstrap, audit verification). */
export const GOVERNANCE_ENTITIES = [
  AuditEntry,
  AuditCheckpoint,
  Approval,
  Principal,
  IssuedToken,
  SigningKey,
  ObjectAccess,
];
export const GOVERNANCE_MIGRATIONS = [Governance1764420000000, Access1764500000000, SigningKeyRevocation1765500000000];
