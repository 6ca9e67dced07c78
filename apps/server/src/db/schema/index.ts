export * from './audit.js';
export * from './customers.js';
export * from './identity.js';
