import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopgate/db';

/**
 * The k-th period of a canary: from its first prediction to its (k * minPredictions)-th. It is judged
 * once monitoring has stored every prediction published before the period was noted (`endOffsets` of
 * serving.predictions), so a primary's predictions on other partitions are never missed.
 */
@Entity({ name: 'canary_periods' })
export class CanaryPeriod {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @PrimaryColumn({ type: 'int' })
  period!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  since!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  until!: number;

  /** Next offset per partition of serving.predictions when the period was noted. */
  @Column({ name: 'end_offsets', type: 'jsonb' })
  endOffsets!: Record<string, number>;

  @Column({ type: 'boolean', default: false })
  judged!: boolean;
}
