// Loaded first by main.ts so the OpenTelemetry SDK is in place before anything else is required.
import { startTelemetry } from '@loopgate/telemetry';
import { SERVICE_NAME, SERVICE_VERSION } from './governance.config';

startTelemetry({ serviceName: SERVICE_NAME, serviceVersion: SERVICE_VERSION });
