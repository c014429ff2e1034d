import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  it('writes one JSON object per line with service, level and Nest context', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('ingestion', 'info', (l) => lines.push(l));
    logger.log('started', 'Bootstrap');
    logger.debug('hidden below the level');
    logger.event('warn', 'slow', { ms: 12 });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      service: 'ingestion',
      message: 'started',
      context: 'Bootstrap',
    });
    expect(JSON.parse(lines[1])).toMatchObject({ level: 'warn', message: 'slow', ms: 12 });
    expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
  });
});
