/** Every input the API takes, defined once: validated on each request and published in the OpenAPI document. */
import { z } from 'zod';
import { NODE_KINDS } from '../../graph-schema/schema.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'no such day in the calendar');

export const GraphQuery = z
  .object({
    kinds: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(z.enum(NODE_KINDS as [string, ...string[]])))
      .optional()
      .describe('comma-separated node kinds to include'),
    agency: z.string().min(1).max(100).optional().describe('only policies issued by this agency (abbreviation or key), with their neighbours'),
    sector: z.string().min(1).max(100).optional().describe('only policies in this sector (key or name), with their neighbours'),
    from: isoDate.optional().describe('only policies dated on or after'),
    to: isoDate.optional().describe('only policies dated on or before'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['from'] });

export const NodeKeyParams = z.object({
  key: z
    .string()
    .min(3)
    .max(300)
    .regex(/^[a-z]+:/, 'a node key, like agency:miit'),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('words of a title or name, English or Chinese'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const ChangesQuery = z.object({
  newsletter: z.string().trim().min(1).max(300).describe('a newsletter’s file name or key; the latest issue when left out').optional(),
});

export const CypherBody = z.object({
  query: z.string().min(1).max(10_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

export const QueryNameParams = z.object({ name: z.string().regex(/^[a-z0-9-]+$/) });
export const SavedQueryBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) });
