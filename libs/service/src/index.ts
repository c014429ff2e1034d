export * from './config/service-config';
export * from './health/readiness';
export { HealthController } from './health/health.controller';
export * from './http/http-error.filter';
export { PlatformModule, ARTIFACT_STORE, type PlatformOptions } from './platform/platform.module';
export * from './platform/bootstrap';
export * from './http/pagination';
export * from './http/zod-problems';
