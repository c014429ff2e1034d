import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type RegistryConfig } from './registry.config';
import { VersionsModule } from './versions/versions.module';
import { PoliciesModule } from './policies/policies.module';
import { EvidenceModule } from './evidence/evidence.module';
import { PromotionsModule } from './promotions/promotions.module';
import { ModelVersion } from './versions/model-version.entity';
import { StageChange } from './versions/stage-change.entity';
import { PromotionPolicyVersion } from './policies/promotion-policy.entity';
import { SnapshotVerdict } from './evidence/snapshot-verdict.entity';
import { LoadTestResult } from './evidence/load-test-result.entity';
import { GateEvaluation } from './promotions/gate-evaluation.entity';
import { Approval } from './promotions/approval.entity';
import { Registry1764370000000 } from './migrations/1764370000000-registry';
import { VersionTasks1765200000000 } from './migrations/1765200000000-version-tasks';

@Module({})
export class AppModule {
  static register(config: RegistryConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: [
            ModelVersion,
            StageChange,
            PromotionPolicyVersion,
            SnapshotVerdict,
            LoadTestResult,
            GateEvaluation,
            Approval,
          ],
          migrations: [Registry1764370000000, VersionTasks1765200000000],
        }),
        VersionsModule,
        PoliciesModule,
        EvidenceModule,
        PromotionsModule,
      ],
    };
  }
}
