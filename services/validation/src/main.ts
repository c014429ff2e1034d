import './telemetry';
import 'reflect-metadata';
import { bootstrapService, ConfigurationError } from '@loopgate/service';
import { JsonLogger } from '@loopgate/telemetry';
import { AppModule, SPEC_WAIT_RETRY } from './app.module';
import { loadValidationConfig, SERVICE_NAME } from './validation.config';

async function main(): Promise<void> {
  const config = loadValidationConfig();
  const logger = new JsonLogger(SERVICE_NAME, config.LOG_LEVEL);
  await bootstrapService(AppModule.register(config, logger), { service: SERVICE_NAME, config, logger, retry: SPEC_WAIT_RETRY });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(`${SERVICE_NAME} failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
