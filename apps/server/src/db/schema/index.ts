export * from './audit.js';
export * from './customers.js';
export * from './identity.js';
export * from './products.js';
export * from './sla.js';
