import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';

export interface KafkaConnection {
  readonly brokers: string[];
  readonly clientId: string;
}

export type BusLogger = (level: 'error' | 'warn' | 'info' | 'debug', message: string, fields?: Record<string, unknown>) => void;

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export function createKafka(connection: KafkaConnection, logger: BusLogger): Kafka {
  const toLogger: logCreator = () => ({ namespace, level, log }: LogEntry) => {
    const { message, ...fields } = log;
    logger(LEVELS[level] ?? 'info', `kafka${namespace ? ` ${namespace}` : ''}: ${message}`, fields);
  };
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    logLevel: logLevel.WARN,
    logCreator: toLogger,
    retry: { initialRetryTime: 200, retries: 8 },
  });
}
