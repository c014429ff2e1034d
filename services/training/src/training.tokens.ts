export const TRAINING_CONFIG = Symbol('TRAINING_CONFIG');
