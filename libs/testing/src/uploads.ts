export interface UploadOptions {
  /** Multipart field name (the gateway wants `file`). */
  field?: string;
  filename?: string;
  /** The part's declared type; the gateway decides by the bytes anyway. */
  type?: string;
  headers?: Record<string, string>;
}

/** `POST /uploads` as multipart/form-data, with a bearer token when given: the status and the JSON body. */
export async function uploadFile(
  gatewayUrl: string,
  token: string | null,
  bytes: Buffer,
  opts: UploadOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append(opts.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: opts.type ?? 'application/octet-stream' }), opts.filename ?? 'image.bin');
  const res = await fetch(`${gatewayUrl}/uploads`, {
    method: 'POST',
    body: form,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...opts.headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
