// Reads a request body safely: a size cap, only the content types a route accepts,
// and malformed input reported as a status (400, 413, 415) instead of an exception.

/** A body read into form data or JSON, or the 4xx status that explains why not. */
export type BodyRead =
  | { ok: true; kind: 'form'; form: FormData }
  | { ok: true; kind: 'json'; json: unknown }
  | { ok: false; status: 400 | 413 | 415 };

/** Form posts here carry a few fields; 64 KiB is generous and bounds what a client can make us parse. */
export const MAX_BODY_BYTES = 64 * 1024;

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Reads a urlencoded/multipart form or (when `json` is allowed) a JSON body. */
export async function readBody(request: Request, { json = false, maxBytes = MAX_BODY_BYTES } = {}): Promise<BodyRead> {
  const declaredType = request.headers.get('content-type') ?? '';
  // Only the media type is case-insensitive; a multipart boundary must stay as sent.
  const type = declaredType.toLowerCase();
  const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
  const isJson = type.startsWith('application/json');
  if (!isForm && !(json && isJson)) return { ok: false, status: 415 };
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    bytes = await readCapped(request, maxBytes);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!bytes) return { ok: false, status: 413 };
  try {
    if (isJson)
      return { ok: true, kind: 'json', json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
    // The platform's parser (undici) on the capped bytes, with the Content-Type as the client sent it.
    const form = await new Response(bytes, { headers: { 'content-type': declaredType } }).formData();
    return { ok: true, kind: 'form', form };
  } catch {
    return { ok: false, status: 400 };
  }
}

/** A text field of a form, or '' when it is missing or a file. */
export function formText(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

/** A form as a plain object for a strict zod schema: one value stays a value, a repeated name becomes a list, a file stays a File. */
export function formFields(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name);
    out[name] = all.length === 1 ? (all[0] as FormDataEntryValue) : all;
  }
  return out;
}
