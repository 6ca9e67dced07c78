/** Shapes of the products API (see apps/server/src/modules/products/products.schema.ts). */

export const productSorts = ['name', '-name', 'code', '-code', 'createdAt', '-createdAt'] as const;
export type ProductSort = (typeof productSorts)[number];

export interface Product {
  id: string;
  code: string;
  name: string;
  description: string | null;
  critical: boolean;
  active: boolean;
  versionCount: number;
  latestVersion: { id: string; name: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProductInput {
  code: string;
  name: string;
  description?: string | null;
  critical: boolean;
  active: boolean;
}

export interface ProductFilters {
  q?: string;
  active?: 'true' | 'false';
  critical?: 'true' | 'false';
  sort?: ProductSort;
}

export interface ProductVersion {
  id: string;
  productId: string;
  name: string;
  releaseDate: string | null;
  releaseNotes: string | null;
  fixedDefects: string[];
  securityFixes: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VersionInput {
  name: string;
  releaseDate: string | null;
  releaseNotes: string | null;
  fixedDefects: string[];
  securityFixes: string[];
}
