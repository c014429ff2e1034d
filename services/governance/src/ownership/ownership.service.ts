import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccessControl,
  AccessDeniedError,
  PLATFORM_TEAM,
  rolesAllow,
  signEvent,
  type ObjectKind,
  type Principal,
  type RoleBinding,
} from '@loopgate/auth';
import { Outbox, OutboxRelay } from '@loopgate/bus';
import { LoopgateError } from '@loopgate/errors';
import { OwnershipRepository } from './ownership.repository';
import { SigningKeysService } from '../signing-keys/signing-keys.service';
import { type ObjectAccess } from './object-access.entity';
import { type ObjectAccessView } from './ownership.routes';

export interface AccessChange {
  readonly ownerTeam: string;
  readonly grants: readonly RoleBinding[];
}

/**
 * Which team owns each dataset and model, and which other teams are granted a role on it. A name
 * nobody owns is claimed by a data scientist (or admin) of the claiming team, first come; after that
 * the owning team's admins change the grants, and only a platform admin hands an object to another team.
 * Every change is published (ObjectAccessChanged) before the answer, so every service applies it.
 */
@Injectable()
export class OwnershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownership: OwnershipRepository,
    private readonly access: AccessControl,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    private readonly keys: SigningKeysService,
  ) {}

  async find(kind: ObjectKind, name: string): Promise<ObjectAccessView> {
    const access = await this.ownership.find(kind, name);
    if (!access)
      throw new LoopgateError({
        code: 'governance.unowned_object',
        message: `${kind} '${name}' belongs to no team yet`,
        kind: 'not_found',
      });
    return view(access);
  }

  async change(
    kind: ObjectKind,
    name: string,
    change: AccessChange,
    principal: Principal,
  ): Promise<{ access: ObjectAccessView; created: boolean }> {
    const result = await this.dataSource.transaction(async (manager) => {
      await this.ownership.lock(manager, kind, name);
      const current = await this.ownership.find(kind, name, manager);
      const refusal = refusalOf(current, change, principal);
      if (refusal) return { refused: true as const, reason: refusal };
      const access: ObjectAccess = {
        kind,
        name,
        ownerTeam: change.ownerTeam,
        grants: [...change.grants],
        changedBy: principal.name,
        changedAt: new Date(),
      };
      await this.ownership.save(manager, access);
      await this.outbox.add(manager, [
        {
          type: 'ObjectAccessChanged',
          actor: principal.name,
          payload: signEvent(
            'ObjectAccessChanged',
            {
              subject: `${kind}:${name}`,
              kind,
              name,
              ownerTeam: access.ownerTeam,
              grants: access.grants,
              changedBy: principal.name,
            },
            await this.keys.eventSigner(manager),
          ),
        },
      ]);
      return { refused: false as const, access, created: current === null };
    });
    if (result.refused) {
      await this.access.reportDenied({
        subject: principal.name,
        action: `PUT /v1/access/${kind}s/${name}`,
        resource: `${kind}:${name}`,
        reason: result.reason,
      });
      throw new AccessDeniedError(result.reason);
    }
    await this.relay.flush();
    return { access: view(result.access), created: result.created };
  }
}

function refusalOf(current: ObjectAccess | null, change: AccessChange, principal: Principal): string | null {
  if (rolesAllow(principal.roles, PLATFORM_TEAM, 'administer')) return null;
  if (!current) {
    return rolesAllow(principal.roles, change.ownerTeam, 'write')
      ? null
      : `claiming for team ${change.ownerTeam} needs data_scientist or admin on that team`;
  }
  if (change.ownerTeam !== current.ownerTeam)
    return `only a platform admin hands ${current.kind} '${current.name}' from team ${current.ownerTeam} to another team`;
  return rolesAllow(principal.roles, current.ownerTeam, 'administer')
    ? null
    : `changing grants on ${current.kind} '${current.name}' needs admin on team ${current.ownerTeam}`;
}

function view(access: ObjectAccess): ObjectAccessView {
  return {
    kind: access.kind,
    name: access.name,
    ownerTeam: access.ownerTeam,
    grants: access.grants,
    changedBy: access.changedBy,
    changedAt: access.changedAt.toISOString(),
  };
}
