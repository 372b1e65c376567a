import { describe, expect, it } from 'vitest';
import { fakeXhr, mediaView, photoFile } from '../components/media/test-support.ts';
import { setActiveAccountId } from './accounts.ts';
import { ApiError } from './api.ts';
import { percentOf, type UploadProgress, uploadMedia } from './upload.ts';

describe('uploadMedia', () => {
  it('sends the raw file with the CSRF and account headers and reports progress until the media answers', async () => {
    const xhrs = fakeXhr();
    setActiveAccountId('0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a01');
    const progress: UploadProgress[] = [];
    const file = photoFile('zandbak.jpg', 'image/jpeg', 1000);
    const uploading = uploadMedia(file, { onProgress: (p) => progress.push(p) });
    const [request] = xhrs;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/v1/media');
    expect(request?.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-nestje-csrf': '1',
      'x-nestje-account': '0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a01',
      accept: 'application/json',
    });
    expect(request?.body).toBe(file);
    request?.progress(250, 1000);
    request?.progress(1000, 1000);
    const media = mediaView();
    request?.respond(201, media);
    await expect(uploading).resolves.toEqual(media);
    expect(progress.map(percentOf)).toEqual([0, 25, 100, 100]);
  });

  it('turns a refusal into an ApiError with the field error on the file', async () => {
    const xhrs = fakeXhr();
    const uploading = uploadMedia(photoFile('foto.heic', 'image/heic'));
    xhrs[0]?.respond(400, {
      error: {
        code: 'validation_failed',
        message: 'HEIC cannot be read',
        fields: [{ path: 'file', code: 'heic_unsupported', message: 'x' }],
      },
    });
    const error = await uploading.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fields.map((field) => field.code)).toEqual(['heic_unsupported']);
  });

  it('treats a bare 413 from a proxy as a file that is too large, and a dropped connection as network', async () => {
    const xhrs = fakeXhr();
    const tooLarge = uploadMedia(photoFile()).catch((failure: unknown) => failure);
    xhrs[0]?.respond(413, undefined);
    expect(((await tooLarge) as ApiError).fields[0]?.code).toBe('file_too_large');
    const dropped = uploadMedia(photoFile()).catch((failure: unknown) => failure);
    xhrs[1]?.fail();
    expect(((await dropped) as ApiError).code).toBe('network');
  });

  it('refuses an answer of another shape as invalid_response', async () => {
    const xhrs = fakeXhr();
    const uploading = uploadMedia(photoFile()).catch((failure: unknown) => failure);
    xhrs[0]?.respond(201, { id: 'not-a-media-view' });
    expect(((await uploading) as ApiError).code).toBe('invalid_response');
  });

  it('aborts the request when the signal aborts', async () => {
    const xhrs = fakeXhr();
    const controller = new AbortController();
    const uploading = uploadMedia(photoFile(), { signal: controller.signal }).catch(
      (failure: unknown) => failure,
    );
    controller.abort();
    const error = await uploading;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(xhrs[0]?.aborted).toBe(true);
  });
});
