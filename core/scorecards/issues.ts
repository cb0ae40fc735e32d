import type * as z from 'zod/mini';

/**
 * One line per issue, "path: message", where an array element with an id is named by it
 * ("indicators.waybillOnTimeRate.weight", not "indicators[1].weight") so the user can find the field.
 */
export function describeIssues(error: z.core.$ZodError, input: unknown): string {
  return error.issues
    .map((issue) => {
      let node: unknown = input;
      let where = '';
      for (const seg of issue.path) {
        const child = (node as Record<PropertyKey, unknown> | undefined)?.[seg as PropertyKey];
        const id = typeof seg === 'number' ? (child as { id?: unknown } | undefined)?.id : undefined;
        where += typeof id === 'string' ? `.${id}` : typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`;
        node = child;
      }
      return where ? `${where.replace(/^\./, '')}: ${issue.message}` : issue.message;
    })
    .join('\n');
}
