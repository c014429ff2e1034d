import { version } from '../package.json';

/** Version of this library: part of the code version that decides a model's bytes. */
export const ML_VERSION = version;
