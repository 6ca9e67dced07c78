/** Data hooks of the product catalog and versions: one query key family, invalidated after every write. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { Product, ProductFilters, ProductInput, ProductVersion, VersionInput } from './products.types';

export const productKeys = {
  all: ['products'] as const,
  list: (f: ProductFilters, cursor: string | null) => ['products', 'list', f, cursor] as const,
  options: ['products', 'options'] as const,
  detail: (id: string) => ['products', 'detail', id] as const,
  versions: (id: string) => ['products', 'versions', id] as const,
};

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function useProducts(filters: ProductFilters, cursor: string | null, limit = 20) {
  return useQuery({
    queryKey: productKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      ok(
        http.GET('/products', {
          params: { query: { ...filters, cursor: cursor ?? undefined, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Active products for pickers (the catalog is small; the first 100 are plenty). */
export function useProductOptions() {
  return useQuery({
    queryKey: productKeys.options,
    queryFn: ({ signal }) =>
      ok(http.GET('/products', { params: { query: { active: 'true', limit: 100 } }, signal })),
    staleTime: 60_000,
  });
}

export function useProduct(id: string) {
  return useQuery({
    queryKey: productKeys.detail(id),
    queryFn: ({ signal }) => ok(http.GET('/products/{id}', { params: { path: { id } }, signal })),
  });
}

export function useVersions(productId: string | undefined) {
  return useQuery({
    queryKey: productKeys.versions(productId ?? ''),
    queryFn: ({ signal }) =>
      ok(http.GET('/products/{id}/versions', { params: { path: { id: productId ?? '' } }, signal })),
    enabled: !!productId,
  });
}

export function useSaveProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ product, body }: { product?: Product; body: ProductInput }) =>
      product
        ? ok(
            http.PATCH('/products/{id}', {
              params: { path: { id: product.id } },
              body,
              headers: ifMatch(product.version),
            }),
          )
        : ok(http.POST('/products', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useDeleteProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: Product) =>
      ok(http.DELETE('/products/{id}', { params: { path: { id: p.id } }, headers: ifMatch(p.version) })),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useSaveVersion(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version?: ProductVersion; body: VersionInput }) =>
      version
        ? ok(
            http.PATCH('/product-versions/{id}', {
              params: { path: { id: version.id } },
              body,
              headers: ifMatch(version.version),
            }),
          )
        : ok(http.POST('/products/{id}/versions', { params: { path: { id: productId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export function useDeleteVersion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ProductVersion) =>
      ok(
        http.DELETE('/product-versions/{id}', {
          params: { path: { id: v.id } },
          headers: ifMatch(v.version),
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}
