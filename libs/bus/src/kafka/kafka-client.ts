import { Kafka, logLevel, type LogEntry, type logCreator, type RetryOptions, type SASLOptions } from 'kafkajs';

export interface KafkaConnection {
  readonly brokers: string[];
  readonly clientId: string;
  /** SASL/SCRAM credentials of this service's principal, for a broker with ACLs (deploy/kafka). */
  readonly sasl?: KafkaCredentials;
}

export interface KafkaCredentials {
  readonly mechanism: 'scram-sha-256' | 'scram-sha-512';
  readonly username: string;
  readonly password: string;
}

export type BusLogger = (
  level: 'error' | 'warn' | 'info' | 'debug',
  message: string,
  fields?: Record<string, unknown>,
) => void;

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export function createKafka(connection: KafkaConnection, logger: BusLogger): Kafka {
  const toLogger: logCreator =
    () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, ...fields } = log;
      logger(LEVELS[level] ?? 'info', `kafka${namespace ? ` ${namespace}` : ''}: ${message}`, fields);
    };
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    // kafkajs types each SCRAM mechanism separately; ours is the same object under a union of names.
    ...(connection.sasl ? { sasl: { ...connection.sasl } as SASLOptions } : {}),
    logLevel: logLevel.WARN,
    logCreator: toLogger,
    retry: CLIENT_RETRY,
  });
}

const CLIENT_RETRY = { initialRetryTime: 200, retries: 8 };

/**
 * A consumer's retry settings: as the client's, but a crashed consumer is not restarted once its owner
 * stopped it. kafkajs decides on a restart after its own disconnect, so a crash under way while the
 * owner stops (a broker gone and back) would start the consumer again after shutdown.
 */
export function restartUnlessStopped(stopped: () => boolean): RetryOptions {
  return { ...CLIENT_RETRY, restartOnFailure: async () => !stopped() };
}
