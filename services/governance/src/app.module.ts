import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION, type GovernanceConfig } from './governance.config';
import { GOVERNANCE_CONFIG } from './governance.tokens';
import { AuditModule } from './audit/audit.module';
import { ApprovalsModule } from './approvals/approvals.module';
import { LineageModule } from './lineage/lineage.module';
import { IdentitiesModule } from './identities/identities.module';
import { SigningKeysModule } from './signing-keys/signing-keys.module';
import { OwnershipModule } from './ownership/ownership.module';
import { GOVERNANCE_ENTITIES, GOVERNANCE_MIGRATIONS } from './governance.schema';

@Module({})
export class AppModule {
  static register(config: GovernanceConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: SERVICE_NAME,
          version: SERVICE_VERSION,
          config,
          logger,
          entities: GOVERNANCE_ENTITIES,
          migrations: GOVERNANCE_MIGRATIONS,
        }),
        AuditModule,
        ApprovalsModule,
        LineageModule,
        SigningKeysModule,
        IdentitiesModule,
        OwnershipModule,
      ],
      providers: [{ provide: GOVERNANCE_CONFIG, useValue: config }],
      exports: [GOVERNANCE_CONFIG],
      global: true,
    };
  }
}
