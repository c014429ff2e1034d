import { Injectable } from '@nestjs/common';
import { type FeatureSetMaterialized } from '@loopgate/contracts';
import { type SealedSnapshot, SealedSnapshotsService } from '@loopgate/dataset-specs';
import { InputsRepository } from './inputs.repository';
import { ACCEPTED_VERDICTS, REFUSED_VERDICTS, type VerdictStatus } from './snapshot-verdict.entity';
import { SnapshotNotAcceptedYetError, SnapshotRefusedError, TrainingSetNotYetKnownError } from './inputs.errors';

/** What training knows from upstream: the training sets features announced, the snapshots ingestion sealed and validation's verdicts. */
@Injectable()
export class InputsService {
  constructor(
    private readonly inputs: InputsRepository,
    private readonly sealed: SealedSnapshotsService,
  ) {}

  rememberMaterialization(event: FeatureSetMaterialized): Promise<void> {
    return this.inputs.rememberMaterialization(event);
  }

  /** A sealed snapshot validation accepted (or a person released): a model trained elsewhere is evaluated on nothing else. */
  async acceptedSnapshot(snapshotId: string): Promise<SealedSnapshot> {
    const status = await this.inputs.verdict(snapshotId);
    if (status !== null && REFUSED_VERDICTS.includes(status)) throw new SnapshotRefusedError(snapshotId, status);
    const sealed = await this.sealed.find(snapshotId);
    if (!sealed || status === null || !ACCEPTED_VERDICTS.includes(status))
      throw new SnapshotNotAcceptedYetError(snapshotId, sealed !== null);
    return sealed;
  }

  recordVerdict(snapshotId: string, status: VerdictStatus): Promise<void> {
    return this.inputs.recordVerdict(snapshotId, status);
  }

  /** Refuses a snapshot validation quarantined or rejected; an unknown one is left to the training-set lookup. */
  async refuseIfNotAccepted(snapshotId: string | null): Promise<void> {
    if (snapshotId === null) return;
    const status = await this.inputs.verdict(snapshotId);
    if (status !== null && REFUSED_VERDICTS.includes(status)) throw new SnapshotRefusedError(snapshotId, status);
  }

  /** The training set a run uses: its snapshot must not be refused, and it must have been announced. */
  async trainingSetFor(
    featureSetId: string,
    version: string | null,
    snapshotId: string | null,
  ): Promise<FeatureSetMaterialized> {
    await this.refuseIfNotAccepted(snapshotId);
    const found = await this.inputs.latestMaterialization(featureSetId, version, snapshotId);
    if (!found)
      throw new TrainingSetNotYetKnownError(
        `feature set '${featureSetId}'${version ? ` version ${version}` : ''}${snapshotId ? ` on snapshot ${snapshotId}` : ''}`,
      );
    await this.refuseIfNotAccepted(found.snapshotId);
    return found;
  }
}
