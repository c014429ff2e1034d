export * from './loopgate-error';
