import { baseConfigSchema, loadConfig, ConfigurationError, kafkaCredentials } from './service-config';

describe('loadConfig', () => {
  const valid = {
    PORT: '3001',
    KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094',
    DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  };

  it('parses and applies defaults', () => {
    const config = loadConfig('ingestion', baseConfigSchema, valid);
    expect(config).toMatchObject({
      PORT: 3001,
      KAFKA_BROKERS: ['127.0.0.1:9092', '127.0.0.1:9094'],
      TOPIC_PREFIX: '',
      LOG_LEVEL: 'info',
    });
  });

  it('lists every bad variable in one message a person understands', () => {
    let error: ConfigurationError | undefined;
    try {
      loadConfig('ingestion', baseConfigSchema, { PORT: 'eighty', KAFKA_BROKERS: 'localhost', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.problems).toHaveLength(4);
    expect(error!.message).toMatch(/ingestion cannot start/);
    expect(error!.message).toMatch(/PORT is "eighty"/);
    expect(error!.message).toMatch(/KAFKA_BROKERS is "localhost": must be a comma-separated list of host:port/);
    expect(error!.message).toMatch(/DATABASE_URL is not set/);
    expect(error!.message).toMatch(/LOG_LEVEL is "loud"/);
  });

  it('takes Kafka credentials whole or not at all', () => {
    const base = loadConfig('ingestion', baseConfigSchema, valid);
    expect(kafkaCredentials('ingestion', base)).toBeUndefined();
    const full = loadConfig('ingestion', baseConfigSchema, {
      ...valid,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'ingestion',
      KAFKA_SASL_PASSWORD: 's3cret',
    });
    expect(kafkaCredentials('ingestion', full)).toEqual({
      mechanism: 'scram-sha-256',
      username: 'ingestion',
      password: 's3cret',
    });
    const partial = loadConfig('ingestion', baseConfigSchema, { ...valid, KAFKA_SASL_USERNAME: 'ingestion' });
    expect(() => kafkaCredentials('ingestion', partial)).toThrow(/KAFKA_SASL_MECHANISM is not set.*all of/s);
  });
});
