export const SERVING_CONFIG = Symbol('SERVING_CONFIG');
