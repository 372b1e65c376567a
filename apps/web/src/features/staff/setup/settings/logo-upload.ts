import {
  errorBodySchema,
  LOGO_CONTENT_TYPES,
  LOGO_MAX_BYTES,
  type OrganisationSettings,
  organisationSettingsSchema,
} from '@nestje/contract';
import { getActiveAccountId } from '../../../../lib/accounts.ts';
import { API_BASE, ApiError } from '../../../../lib/api.ts';

/** What is wrong with a chosen file before it is sent (the server checks again, by its bytes), as a field code the form translates; null when fine. */
export function checkLogoFile(file: {
  type: string;
  size: number;
}): 'unsupported_file_type' | 'file_too_large' | null {
  if (!(LOGO_CONTENT_TYPES as readonly string[]).includes(file.type)) return 'unsupported_file_type';
  if (file.size > LOGO_MAX_BYTES) return 'file_too_large';
  return null;
}

/**
 * `PUT /organisation/logo` with the image itself as the body (not JSON, so not through `api`), with the same
 * CSRF and account headers the API client sends. Answers the settings with the new logo's address.
 */
export async function uploadLogo(file: Blob): Promise<OrganisationSettings> {
  const headers = new Headers({
    Accept: 'application/json',
    'Content-Type': file.type,
    'X-Nestje-Csrf': '1',
  });
  const accountId = getActiveAccountId();
  if (accountId) headers.set('X-Nestje-Account', accountId);
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/organisation/logo`, {
      method: 'PUT',
      headers,
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const settings = organisationSettingsSchema.safeParse(body);
    if (!settings.success) throw new ApiError(response.status, 'invalid_response');
    return settings.data;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    throw new ApiError(response.status, code, fields ?? [], message);
  }
  if (response.status === 413) throw new ApiError(413, 'payload_too_large');
  throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'unknown');
}
