/**
 * What the start-up banner says about where the server can be reached. A
 * server listens on every interface by default (HOST=0.0.0.0), which is right
 * for a server but easy to miss on a laptop, so the banner lists the addresses
 * actually bound, and for a wildcard bind every address of this machine.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';

type Interfaces = ReturnType<typeof os.networkInterfaces>;

const wildcard = new Set(['0.0.0.0', '::']);

const urlOf = (address: string, family: string, port: number) =>
  `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;

/**
 * The URLs at which the bound addresses answer. `0.0.0.0` stands for every
 * IPv4 address of the machine, `::` for every address (IPv6 sockets accept
 * IPv4 too); IPv6 link-local addresses are left out, they need a zone to use.
 * Loopback first, then the rest in the order the system reports them.
 */
export function reachableUrls(
  bound: AddressInfo[],
  interfaces: Interfaces = os.networkInterfaces(),
): string[] {
  const urls: { url: string; internal: boolean }[] = [];
  for (const b of bound) {
    if (!wildcard.has(b.address)) {
      urls.push({ url: urlOf(b.address, b.family, b.port), internal: false });
      continue;
    }
    for (const nic of Object.values(interfaces).flat()) {
      if (!nic || (b.address === '0.0.0.0' && nic.family !== 'IPv4')) continue;
      if (nic.family === 'IPv6' && nic.address.toLowerCase().startsWith('fe80:')) continue;
      urls.push({ url: urlOf(nic.address, nic.family, b.port), internal: nic.internal });
    }
  }
  const unique = [...new Map(urls.map((u) => [u.url, u])).values()];
  return [...unique.filter((u) => u.internal), ...unique.filter((u) => !u.internal)].map((u) => u.url);
}

/** The banner lines: the URL to open, then what is bound and where that is reachable (a pipe path as it is). */
export function listeningBanner(
  addresses: (AddressInfo | string)[],
  interfaces: Interfaces = os.networkInterfaces(),
): string[] {
  const bound = addresses.filter((a): a is AddressInfo => typeof a !== 'string');
  const urls = reachableUrls(bound, interfaces);
  const everyInterface = bound.some((b) => wildcard.has(b.address));
  const sockets = addresses.map((b) =>
    typeof b === 'string' ? b : b.family === 'IPv6' ? `[${b.address}]:${b.port}` : `${b.address}:${b.port}`,
  );
  return [
    `Aftercare is running at ${urls[0] ?? sockets[0] ?? ''}`,
    `Listening on ${sockets.join(', ')}${
      everyInterface ? ' (every interface; set HOST=127.0.0.1 for this machine only)' : ''
    }, reachable at:`,
    ...urls.map((u) => `  ${u}`),
  ];
}
