/** A request body Slack could not have sent. */
export class MalformedBodyError extends Error {
  override readonly name = 'MalformedBodyError';
}

/**
 * Slack posts three shapes to the one Request URL: Events API callbacks as
 * JSON, interactivity as a form with one `payload` field holding JSON, and
 * slash commands as plain form fields. Returns the object Bolt expects.
 */
export function parseSlackBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return asObject(parseJson(raw));
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    if (payload !== null) return asObject(parseJson(payload));
    const fields = Object.fromEntries(form.entries());
    if (Object.keys(fields).length === 0) throw new MalformedBodyError('empty form body');
    return fields;
  }
  throw new MalformedBodyError(`unsupported content type ${type || '(none)'}`);
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new MalformedBodyError('body is not valid JSON', { cause: error });
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedBodyError('body is not a JSON object');
  }
  return value as Record<string, unknown>;
}
