import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type GovernanceConfig } from './governance.config';
import { GOVERNANCE_CONFIG } from './governance.tokens';
import { AuditModule } from './audit/audit.module';
import { ApprovalsModule } from './approvals/approvals.module';
import { LineageModule } from './lineage/lineage.module';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditCheckpoint } from './audit/audit-checkpoint.entity';
import { Approval } from './approvals/approval.entity';
import { Governance1764420000000 } from './migrations/1764420000000-governance';

@Module({})
export class AppModule {
  static register(config: GovernanceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, version: SERVICE_VERSION, config, logger, entities: [AuditEntry, AuditCheckpoint, Approval], migrations: [Governance1764420000000] }),
        AuditModule,
        ApprovalsModule,
        LineageModule,
      ],
      providers: [{ provide: GOVERNANCE_CONFIG, useValue: config }],
      exports: [GOVERNANCE_CONFIG],
      global: true,
    };
  }
}
