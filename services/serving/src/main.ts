import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule } from './app.module';
import { loadServingConfig, SERVICE_NAME } from './serving.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadServingConfig(),
  module: (config, logger) => AppModule.register(config, logger),
  fastify: true,
});
