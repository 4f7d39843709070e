// Links from a provision of the bill to existing law (design section 3): they
// drive redlines and the generated amendment instructions.
import { z } from 'zod';

export const LINK_OPS = ['amends', 'replaces', 'repeals', 'inserts'] as const;
export type LinkOp = (typeof LINK_OPS)[number];

/** A link to a provision of the corpus: `law` is the enacting act as the corpus keys it. */
export const provisionLinkSchema = z.strictObject({
  op: z.enum(['amends', 'replaces', 'repeals']),
  law: z.string().regex(/^[A-Z]+-\d+-\d{4}$/, 'a law id such as UU-11-2008'),
  article: z.string().min(1),
});

/** A new unit inserted into a principal law after one of its articles ("Pasal 40A"). */
export const insertLinkSchema = z.strictObject({
  op: z.literal('inserts'),
  law: z.string().regex(/^[A-Z]+-\d+-\d{4}$/, 'a law id such as UU-11-2008'),
  after: z.string().regex(/^Pasal \d+[A-Z]*$/, 'an article such as "Pasal 40A"'),
});

export const linkSchema = z.discriminatedUnion('op', [provisionLinkSchema, insertLinkSchema]);
export const linksSchema = z.array(linkSchema);

export type ProvisionLink = z.infer<typeof provisionLinkSchema>;
export type InsertLink = z.infer<typeof insertLinkSchema>;
export type Link = z.infer<typeof linkSchema>;

/** The corpus key of a provision: "UU-11-2008 Pasal 27 ayat (1)". */
export function provisionKey(law: string, article: string): string {
  return `${law} ${article}`;
}

/** Reads the links attribute of a node, dropping anything malformed. */
export function readLinks(value: unknown): Link[] {
  if (Array.isArray(value) && value.length === 0) return [];
  const parsed = linksSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
