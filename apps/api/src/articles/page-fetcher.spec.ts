import { describe, expect, it } from 'vitest';
import { isRefusedAddress } from './page-fetcher.js';

describe(isRefusedAddress.name, () => {
  it.each(['127.0.0.1', '10.0.0.8', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip'])('refuses %s', (address) => {
    expect(isRefusedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:93.184.216.34'])('allows the public address %s', (address) => {
    expect(isRefusedAddress(address)).toBe(false);
  });
});
