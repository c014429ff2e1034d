import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule } from './app.module';
import { loadRegistryConfig, SERVICE_NAME } from './registry.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadRegistryConfig(),
  module: (config, logger) => AppModule.register(config, logger),
});
