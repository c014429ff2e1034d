export * from './flights/flights';
export * from './penguins/penguins';
