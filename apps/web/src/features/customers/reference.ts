/** Labels and paths of GB/T 2260 regions and GB/T 4754 industry sections from the reference data. */
import { currentLocale } from '../../i18n';
import type { Customer, CustomerReference, IndustryCode, RegionNode } from './customers.types';

/** Codes from the province down to `code`, as the Cascader wants its value; [] when unknown. */
export function regionPathOf(
  tree: readonly RegionNode[] | undefined,
  code: string | null | undefined,
): string[] {
  if (!tree || !code) return [];
  for (const node of tree) {
    if (node.code === code) return [code];
    const below = regionPathOf(node.children, code);
    if (below.length) return [node.code, ...below];
  }
  return [];
}

/** The tree cut below cities, for the list filter (province or city). */
export const provincesAndCities = (tree: readonly RegionNode[]): RegionNode[] =>
  tree.map((p) => ({
    code: p.code,
    name: p.name,
    ...(p.children ? { children: p.children.map((c) => ({ code: c.code, name: c.name })) } : {}),
  }));

/** The section's name in the interface language, or undefined for no or an unknown code. */
export function industryName(
  ref: CustomerReference | undefined,
  code: IndustryCode | null | undefined,
): string | undefined {
  const section = code ? ref?.industries.find((i) => i.code === code) : undefined;
  if (!section) return undefined;
  return currentLocale() === 'en' ? section.nameEn : section.nameZh;
}

/** What a customer's industry cell shows: the section, else the old free text, else a dash. */
export const industryLabel = (
  ref: CustomerReference | undefined,
  c: Pick<Customer, 'industryCode' | 'industry'>,
) => industryName(ref, c.industryCode) ?? c.industry ?? '—';
