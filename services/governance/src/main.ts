import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule } from './app.module';
import { loadGovernanceConfig, SERVICE_NAME } from './governance.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadGovernanceConfig(),
  module: (config, logger) => AppModule.register(config, logger),
});
