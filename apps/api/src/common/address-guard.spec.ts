import { describe, expect, it } from 'vitest';
import { allowList, hostListed, isRefusedAddress } from './address-guard.js';

describe(isRefusedAddress.name, () => {
  it.each(['127.0.0.1', '10.0.0.8', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::127.0.0.1', '::a00:1', 'not-an-ip'])('refuses %s', (address) => {
    expect(isRefusedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:93.184.216.34'])('allows the public address %s', (address) => {
    expect(isRefusedAddress(address)).toBe(false);
  });
});

describe(hostListed.name, () => {
  const list = allowList(' CMS:8080, 127.0.0.1 ,[::1]:9000');
  it.each([['http://cms:8080/a', true], ['http://cms/a', false], ['http://cms:8081/a', false], ['http://127.0.0.1:5123/hook', true], ['https://127.0.0.1/x', true], ['http://[::1]:9000/', true], ['http://[::1]:9001/', false], ['http://127.0.0.2:80/', false]])('%s listed: %s', (url, listed) => {
    expect(hostListed(list, new URL(url))).toBe(listed);
  });
});
