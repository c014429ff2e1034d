import './telemetry';
import { runService } from '@loopgate/service';
import { WAIT_FOR_UPSTREAM_RETRY } from '@loopgate/bus';
import { AppModule } from './app.module';
import { loadFeaturesConfig, SERVICE_NAME } from './features.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadFeaturesConfig(),
  module: (config, logger) => AppModule.register(config, logger),
  retry: WAIT_FOR_UPSTREAM_RETRY,
});
