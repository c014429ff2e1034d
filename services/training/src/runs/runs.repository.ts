import { Injectable } from '@nestjs/common';
import { isUuid } from '@loopgate/db';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { Run, type RunStatus } from './run.entity';

export interface RunFilter {
  /** null = every model. */
  readonly modelNames: string[] | null;
  readonly status: RunStatus | null;
  readonly requestId: string | null;
}

@Injectable()
export class RunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the run unless its request id is taken: true when it is new. */
  async insert(manager: EntityManager, run: Run): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Run)
      .values(run)
      .orIgnore()
      .returning(['runId'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /**
   * Locks the oldest due run (queued and past its backoff, or running past its lease: abandoned by a
   * stopped service). Runs locked by another instance are skipped, so instances share the queue.
   */
  nextDue(manager: EntityManager, now: Date): Promise<Run | null> {
    return manager
      .getRepository(Run)
      .createQueryBuilder('r')
      .where(`(r.status = 'QUEUED' AND r.next_attempt_at <= :now) OR (r.status = 'RUNNING' AND r.lease_until < :now)`, {
        now,
      })
      .orderBy('r.created_at', 'ASC')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  async update(manager: EntityManager, runId: string, changes: Partial<Run>): Promise<void> {
    await manager.update(Run, { runId }, changes);
  }

  /**
   * Changes a run only while this attempt still holds it (RUNNING, same attempt): false when its lease
   * lapsed and another attempt took it, whose result is the one that counts.
   */
  async updateHeld(
    manager: EntityManager,
    run: Pick<Run, 'runId' | 'attempt'>,
    changes: Partial<Run>,
  ): Promise<boolean> {
    const result = await manager.update(Run, { runId: run.runId, attempt: run.attempt, status: 'RUNNING' }, changes);
    return (result.affected ?? 0) > 0;
  }

  /** Extends the leases of the attempts this instance is running. */
  async renewLeases(runs: ReadonlyArray<Pick<Run, 'runId' | 'attempt'>>, until: Date): Promise<void> {
    for (const run of runs) await this.updateHeld(this.dataSource.manager, run, { leaseUntil: until });
  }

  async find(runId: string): Promise<Run | null> {
    if (!isUuid(runId)) return null;
    return this.dataSource.getRepository(Run).findOneBy({ runId });
  }

  /** Newest first, keyset-paginated by creation time. */
  list(filter: RunFilter, limit: number, before: Date | null): Promise<Run[]> {
    return this.dataSource.getRepository(Run).find({
      where: {
        ...(filter.modelNames ? { modelName: In(filter.modelNames) } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.requestId ? { requestId: filter.requestId } : {}),
        ...(before ? { createdAt: LessThan(before) } : {}),
      },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
