import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule } from './app.module';
import { loadMonitoringConfig, SERVICE_NAME } from './monitoring.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadMonitoringConfig(),
  module: (config, logger) => AppModule.register(config, logger),
});
