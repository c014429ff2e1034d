import { type IncomingMessage, type ServerResponse } from 'node:http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';

export interface TelemetryOptions {
  readonly serviceName: string;
  readonly serviceVersion: string;
}

/**
 * Traces are always recorded and propagated (Kafka headers carry them between services); they are
 * exported only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector. Without one, finished spans are dropped.
 */
class DroppingSpanExporter implements SpanExporter {
  export(_spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    done({ code: ExportResultCode.SUCCESS });
  }
  async shutdown(): Promise<void> {}
}

let running: { sdk: NodeSDK; prometheus: PrometheusExporter } | null = null;

/** Starts the OpenTelemetry NodeSDK. Call it first in main.ts, before anything else is loaded. */
export function startTelemetry(options: TelemetryOptions): void {
  if (running) return;
  const prometheus = new PrometheusExporter({ preventServerStart: true });
  const exportTraces = Boolean(
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: options.serviceName,
      [ATTR_SERVICE_VERSION]: options.serviceVersion,
    }),
    metricReader: prometheus,
    // An HTTP request starts the trace that its events carry on through Kafka; probes start none.
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)/.test(request.url ?? ''),
      }),
    ],
    ...(exportTraces ? {} : { spanProcessors: [new BatchSpanProcessor(new DroppingSpanExporter())] }),
  });
  sdk.start();
  running = { sdk, prometheus };
}

export async function stopTelemetry(): Promise<void> {
  const current = running;
  running = null;
  await current?.sdk.shutdown();
}

/** Serves /metrics in the Prometheus text format. */
export function serveMetrics(request: IncomingMessage, response: ServerResponse): void {
  if (!running) {
    response.statusCode = 503;
    response.end('# telemetry not started\n');
    return;
  }
  running.prometheus.getMetricsRequestHandler(request, response);
}
