import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule, MONITORING_RETRY } from './app.module';
import { loadMonitoringConfig, SERVICE_NAME } from './monitoring.config';

runService({ service: SERVICE_NAME, loadConfig: () => loadMonitoringConfig(), module: (config, logger) => AppModule.register(config, logger), retry: MONITORING_RETRY });
