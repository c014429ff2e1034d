export * from './flights/flights';
