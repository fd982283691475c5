/** The console's grammar layer on its own: what one statement of read-only Cypher may hold. */
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery, QueryRefusedError, QuerySyntaxError } from '../../src/store/cypher-guard.ts';
import { readSavedQueries } from '../../src/store/query-library.ts';

const refusal = (cypher: string, params: Record<string, unknown> = {}): string => {
  try {
    checkConsoleQuery(cypher, params);
  } catch (err) {
    if (err instanceof QueryRefusedError || err instanceof QuerySyntaxError) return err.message;
    throw err;
  }
  return 'passed';
};

describe('the console’s grammar check', () => {
  it.each([
    ['MATCH (p:Policy)-[:ISSUED_BY]->(a:Agency {abbreviation: $ab}) RETURN p.title, p.date', { ab: 'MIIT' }],
    ['MATCH (n) WHERE COUNT { (n)--() } > 1 RETURN n LIMIT 5', {}],
    ['CALL () { MATCH (n:Policy) RETURN n } RETURN n.title ORDER BY n.title SKIP 1 LIMIT 3', {}],
    ['MATCH p = (:Policy)-[:BUILDS_ON*1..3]->(:Policy) RETURN p', {}],
    ['OPTIONAL MATCH (n:Firm) RETURN n UNION MATCH (n:Agency) RETURN n', {}],
    ["CALL db.index.fulltext.queryNodes('search', $q) YIELD node, score RETURN node, score", { q: 'MIIT' }],
    ['CALL `db`.`labels`() YIELD label RETURN label', {}],
    ["MATCH (p:Policy) WHERE p.title CONTAINS '// LOAD CSV' RETURN p // ; SHOW USERS", {}],
    ['MATCH (n) RETURN n;', {}],
  ])('lets through %j', (cypher, params) => {
    expect(refusal(cypher, params)).toBe('passed');
  });

  it('lets through every saved query with its parameters', () => {
    for (const q of readSavedQueries()) {
      const params = Object.fromEntries(q.params.map((p) => [p.name, p.default ?? 'x']));
      expect(refusal(q.cypher, params), q.name).toBe('passed');
    }
  });

  it.each([
    ["WITH '//' AS x LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'LOAD CSV reads files and URLs'],
    ["MATCH (n)\u001cLOAD CSV FROM 'x' AS l RETURN l", 'LOAD CSV reads files and URLs'],
    ['SHOW TRANSACTIONS', 'SHOW and TERMINATE'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-7'", 'SHOW and TERMINATE'],
    ['USE system MATCH (n) RETURN n', 'USE switches'],
    ['CALL dbms.components() YIELD name RETURN name', 'the procedure dbms.components is not on'],
    ['MATCH (p:Policy) CALL (p) { RETURN p.key AS k } IN TRANSACTIONS RETURN k', 'IN TRANSACTIONS'],
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', 'one statement at a time, and this holds 2'],
    ["CREATE (:Policy {key: 'x'})", 'refused: CREATE: the console only reads'],
    ['MATCH (n) DETACH DELETE n', 'refused: DETACH'],
    ['FOREACH (x IN [1] | CREATE (:A))', 'refused: FOREACH'],
    ['EXPLAIN MATCH (n) RETURN n', 'EXPLAIN and PROFILE'],
    ['CREATE INDEX i FOR (n:Policy) ON (n.title)', 'administration commands'],
    ['   ', 'the query is empty'],
  ])('refuses %j, saying why', (cypher, why) => {
    expect(refusal(cypher)).toContain(why);
  });

  it('places a syntax error at the line and column of what was typed', () => {
    expect(() => checkConsoleQuery('MATCH (p:Policy)\nMATCH (n RETURN n')).toThrow(expect.objectContaining({ line: 2, column: 10 }));
    expect(refusal('MATCH (n RETURN n')).toMatch(/^Invalid input 'RETURN'.*\(line 1, column 10\)$/);
  });

  it('names a parameter the query uses and the request lacks', () => {
    expect(refusal('MATCH (a:Agency {abbreviation: $ab}) RETURN a')).toBe('Parameter $ab is not defined. (line 1, column 32)');
  });
});
