import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule } from './app.module';
import { loadIngestionConfig, SERVICE_NAME } from './ingestion.config';

runService({
  service: SERVICE_NAME,
  loadConfig: () => loadIngestionConfig(),
  module: (config, logger) => AppModule.register(config, logger),
});
