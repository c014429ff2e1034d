import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type LoadTestVerdict } from '@loopgate/contracts';

/** A load test of one model version (LoadTestCompleted): the production gate reads the latest. */
@Entity({ name: 'load_tests' })
export class LoadTestResult {
  @PrimaryColumn({ name: 'load_test_id', type: 'text' })
  loadTestId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  verdict!: LoadTestVerdict;

  @Column({ type: 'double precision' })
  rps!: number;

  @Column({ name: 'p99_ms', type: 'double precision' })
  p99Ms!: number;

  @Column({ name: 'error_rate', type: 'double precision' })
  errorRate!: number;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;
}
