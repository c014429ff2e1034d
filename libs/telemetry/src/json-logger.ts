import { type LoggerService } from '@nestjs/common';
import { trace } from '@opentelemetry/api';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** One JSON object per line on stdout, with the trace and span ids of the active span. */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = (l) => process.stdout.write(l),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  /** Structured log call for our own code (Nest's LoggerService only passes strings and a context). */
  event(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] > ORDER[this.level]) return;
    const span = trace.getActiveSpan()?.spanContext();
    const entry = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      message,
      ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}),
      ...fields,
    };
    this.write(`${JSON.stringify(entry, errorsAsObjects)}\n`);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    // Nest passes the context (a class name) last, and a stack trace before it for errors.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const text =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.event(level, text, {
      ...(context ? { context } : {}),
      ...(stack ? { stack } : {}),
      ...(message instanceof Error ? { stack: message.stack } : {}),
    });
  }
}

function errorsAsObjects(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}
