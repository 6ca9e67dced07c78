/** Data hooks of the product catalog and versions: one query key family, invalidated after every write. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import type { Product, ProductFilters, ProductInput, ProductVersion, VersionInput } from './products.types';

export const productKeys = {
  all: ['products'] as const,
  list: (f: ProductFilters, cursor: string | null) => ['products', 'list', f, cursor] as const,
  options: ['products', 'options'] as const,
  detail: (id: string) => ['products', 'detail', id] as const,
  versions: (id: string) => ['products', 'versions', id] as const,
};

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

export function useProducts(filters: ProductFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: productKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      api.get<Page<Product>>('/products', {
        query: { ...filters, cursor: cursor ?? undefined, limit },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Active products for pickers (the catalog is small; the first 100 are plenty). */
export function useProductOptions() {
  return useQuery({
    queryKey: productKeys.options,
    queryFn: ({ signal }) =>
      api.get<Page<Product>>('/products', { query: { active: 'true', limit: 100 }, signal }),
    staleTime: 60_000,
  });
}

export function useProduct(id: string) {
  return useQuery({
    queryKey: productKeys.detail(id),
    queryFn: ({ signal }) => api.get<Product>(`/products/${id}`, { signal }),
  });
}

export function useVersions(productId: string | undefined) {
  return useQuery({
    queryKey: productKeys.versions(productId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ items: ProductVersion[] }>(`/products/${productId}/versions`, { signal }),
    enabled: !!productId,
  });
}

export function useSaveProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ product, body }: { product?: Product; body: ProductInput }) =>
      product
        ? api.patch<Product>(`/products/${product.id}`, body, ifMatch(product.version))
        : api.post<Product>('/products', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useDeleteProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: Product) => api.delete(`/products/${p.id}`, ifMatch(p.version)),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useSaveVersion(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version?: ProductVersion; body: VersionInput }) =>
      version
        ? api.patch<ProductVersion>(`/product-versions/${version.id}`, body, ifMatch(version.version))
        : api.post<ProductVersion>(`/products/${productId}/versions`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useDeleteVersion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ProductVersion) => api.delete(`/product-versions/${v.id}`, ifMatch(v.version)),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}
