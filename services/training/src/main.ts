import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule } from './app.module';
import { loadTrainingConfig, SERVICE_NAME } from './training.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadTrainingConfig(),
  module: (config, logger) => AppModule.register(config, logger),
});
