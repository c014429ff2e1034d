import './telemetry';
import { runService } from '@loopgate/service';
import { AppModule, SPEC_WAIT_RETRY } from './app.module';
import { loadValidationConfig, SERVICE_NAME } from './validation.config';

runService({ service: SERVICE_NAME, loadConfig: () => loadValidationConfig(), module: (config, logger) => AppModule.register(config, logger), retry: SPEC_WAIT_RETRY });
