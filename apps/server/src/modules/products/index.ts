/**
 * Products module: the product catalog (产品) and product versions with
 * release notes, fixed defects and security fixes (SPEC §3). Other modules
 * use it only through this file.
 */
export { productRoutes } from './products.routes.js';
export type { ProductDto, VersionDto } from './products.schema.js';
export { findProductVersion, getProduct, getVersion } from './products.service.js';
