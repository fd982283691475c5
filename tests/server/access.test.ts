/** Who may reach the API: the rules read from HOST, KG_API_TOKEN and KG_ALLOWED_HOSTS. */
import { describe, expect, it } from 'vitest';
import { accessFor } from '../../src/server/access.ts';
import { displayUri } from '../../src/store/config.ts';

describe('access rules', () => {
  it('asks for no token on loopback, and answers only to loopback names', () => {
    expect(accessFor('127.0.0.1', {})).toEqual({ allowedHosts: ['localhost', '127.0.0.1', '::1', '[::1]'] });
  });

  it('refuses to listen beyond loopback without a token of 16 characters or more', () => {
    expect(() => accessFor('0.0.0.0', {})).toThrow(/set KG_API_TOKEN to a secret of 16 characters or more/);
    expect(() => accessFor('0.0.0.0', { KG_API_TOKEN: 'short' })).toThrow(/KG_API_TOKEN/);
  });

  it('beyond loopback, takes the token and the hosts named in KG_ALLOWED_HOSTS', () => {
    expect(accessFor('0.0.0.0', { KG_API_TOKEN: 'a-secret-of-sixteen', KG_ALLOWED_HOSTS: 'Graph.example.org, other' })).toEqual({
      token: 'a-secret-of-sixteen',
      allowedHosts: ['localhost', '127.0.0.1', '::1', '[::1]', 'graph.example.org', 'other'],
    });
    expect(accessFor('10.1.2.3', { KG_API_TOKEN: 'a-secret-of-sixteen' }).allowedHosts).toContain('10.1.2.3');
  });
});

describe('showing where the store is', () => {
  it.each([
    ['bolt://neo4j:s3cret@db.example.org:7687', 'bolt://db.example.org:7687'],
    ['neo4j+s://user@abc.databases.neo4j.io', 'neo4j+s://abc.databases.neo4j.io'],
    ['bolt://127.0.0.1:7687', 'bolt://127.0.0.1:7687'],
  ])('shows %s as %s', (uri, shown) => {
    expect(displayUri(uri)).toBe(shown);
  });
});
