/**
 * The start-up banner says where the server answers: the bound addresses,
 * and for a wildcard bind (the default HOST=0.0.0.0) every address of the
 * machine, so nobody is surprised that a laptop serves its whole network.
 */
import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { listeningBanner, reachableUrls } from '../../apps/server/src/platform/listen-addresses.js';

type Nic = os.NetworkInterfaceInfo;
const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as unknown as Nic;
const interfaces = {
  eth0: [nic('192.168.1.20', 'IPv4'), nic('fe80::1', 'IPv6'), nic('2001:db8::20', 'IPv6')],
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
};
const bound = (address: string, family = 'IPv4', port = 3000) => ({ address, family, port });

describe('listening banner', () => {
  it('lists every IPv4 address of the machine for 0.0.0.0, loopback first', () => {
    expect(reachableUrls([bound('0.0.0.0')], interfaces)).toEqual([
      'http://127.0.0.1:3000',
      'http://192.168.1.20:3000',
    ]);
    const lines = listeningBanner([bound('0.0.0.0')], interfaces);
    expect(lines[0]).toBe('Aftercare is running at http://127.0.0.1:3000');
    expect(lines[1]).toContain('0.0.0.0:3000 (every interface; set HOST=127.0.0.1');
    expect(lines).toContain('  http://192.168.1.20:3000');
  });

  it('lists IPv4 and IPv6 addresses for ::, without link-local ones', () => {
    expect(reachableUrls([bound('::', 'IPv6', 8080)], interfaces)).toEqual([
      'http://127.0.0.1:8080',
      'http://[::1]:8080',
      'http://192.168.1.20:8080',
      'http://[2001:db8::20]:8080',
    ]);
  });

  it('shows only what is bound for a specific HOST', () => {
    const lines = listeningBanner([bound('127.0.0.1'), bound('::1', 'IPv6')], interfaces);
    expect(lines).toEqual([
      'Aftercare is running at http://127.0.0.1:3000',
      'Listening on 127.0.0.1:3000, [::1]:3000, reachable at:',
      '  http://127.0.0.1:3000',
      '  http://[::1]:3000',
    ]);
  });
});
