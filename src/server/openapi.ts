/** The OpenAPI document of the API, generated from the same zod schemas that validate its inputs. */
import { z } from 'zod';
import { ChangesQuery, CypherBody, GraphQuery, NodeKeyParams, PageQuery, QueryNameParams, SavedQueryBody, SearchQuery } from './schemas.ts';

interface Route {
  method: 'get' | 'post';
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
}

const ROUTES: Route[] = [
  { method: 'get', path: '/api/graph', summary: 'The graph in graphology’s serialisation, laid out with ForceAtlas2', query: GraphQuery },
  {
    method: 'get',
    path: '/api/nodes/{key}',
    summary: 'A node, its neighbours grouped by relation (paged), and its provenance',
    params: NodeKeyParams,
    query: PageQuery,
  },
  { method: 'get', path: '/api/search', summary: 'Ranked matches over titles and names, English and Chinese', query: SearchQuery },
  { method: 'get', path: '/api/policies/{key}/lineage', summary: 'Ancestors and descendants over BUILDS_ON, ordered by date', params: NodeKeyParams },
  {
    method: 'get',
    path: '/api/changes',
    summary: 'What one newsletter added: new policies, lineage, first-time issuers, targets (new and due), disagreements',
    query: ChangesQuery,
  },
  { method: 'get', path: '/api/newsletters', summary: 'The newsletters in the store, newest first, with their issue dates' },
  { method: 'get', path: '/api/agencies/{key}', summary: 'An agency’s policies over time and its co-issuers', params: NodeKeyParams },
  { method: 'post', path: '/api/cypher', summary: 'Run a read-only Cypher query (checked with EXPLAIN, time- and row-capped)', body: CypherBody },
  { method: 'get', path: '/api/queries', summary: 'The saved analyst queries with their typed parameters' },
  { method: 'post', path: '/api/queries/{name}/run', summary: 'Run a saved query', params: QueryNameParams, body: SavedQueryBody },
];

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of ROUTES) {
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } } }
        : {}),
      responses: {
        200: { description: 'OK' },
        400: { description: 'Invalid input: { error: { code, message } }' },
        403: { description: 'A Cypher query that is not read-only' },
        404: { description: 'No such node, policy, agency or saved query' },
        408: { description: 'A query that ran too long' },
        413: { description: 'A request body that is too large' },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'policy-graph API', version: '1' }, paths };
}
