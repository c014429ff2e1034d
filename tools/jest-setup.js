// Nest decorators read design-time metadata; it must exist before any decorated class loads.
require('reflect-metadata');
