import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.ts';
import { workingGroups } from './groups.ts';
import { blockedReason, knownRefusals, NO_TAGS, photoErrorsOf, toggleTag } from './tags.ts';

describe('photo tags', () => {
  it('adds and removes a child, keeping the order', () => {
    expect(toggleTag(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleTag(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(toggleTag(['a'], 'a', true)).toEqual(['a']);
  });

  it('knows without asking that a child without photo consent cannot be tagged', () => {
    const children = [
      {
        id: 'a',
        firstName: 'Noortje',
        lastName: 'de Vries',
        photoConsent: true,
        otherFamiliesConsent: false,
      },
      { id: 'b', firstName: 'Fenna', lastName: 'Bos', photoConsent: false, otherFamiliesConsent: false },
    ];
    expect(knownRefusals(['a', 'b'], children)).toEqual([
      { childId: 'b', firstName: 'Fenna', lastName: 'Bos', reason: 'no_photo_consent' },
    ]);
  });

  it('blocks the post while uploading, after a failed file, while checking and while a refusal stands', () => {
    const ok = { busy: false, failed: false };
    expect(blockedReason([NO_TAGS], ok)).toBeNull();
    expect(blockedReason([NO_TAGS], { busy: true, failed: false })).toBe('uploading');
    expect(blockedReason([NO_TAGS], { busy: false, failed: true })).toBe('failed');
    expect(blockedReason([{ ...NO_TAGS, checking: true }], ok)).toBe('checking');
    const refusal = { childId: 'b', firstName: 'F', lastName: 'B', reason: 'not_in_group' as const };
    expect(blockedReason([NO_TAGS, { ...NO_TAGS, refusals: [refusal] }], ok)).toBe('refused');
    expect(blockedReason([{ ...NO_TAGS, photoError: 'not_found' }], ok)).toBe('refused');
  });

  it('finds the photos a refused post names', () => {
    const error = new ApiError(400, 'validation_failed', [
      { path: 'photos.2.childIds', code: 'no_consent_other_families', message: 'x' },
      { path: 'photos.0.mediaId', code: 'not_found', message: 'x' },
      { path: 'body', code: 'too_big', message: 'x' },
    ]);
    expect([...photoErrorsOf(error)]).toEqual([
      [2, { field: 'childIds', code: 'no_consent_other_families' }],
      [0, { field: 'mediaId', code: 'not_found' }],
    ]);
    expect(photoErrorsOf(new Error('x')).size).toBe(0);
  });
});

describe('working groups', () => {
  const group = (id: string, locationId: string) =>
    ({ id, locationId, name: id }) as unknown as import('@nestje/contract').Group;
  const floris = group('floris', 'haarlem');
  const hamsters = group('hamsters', 'haarlem');
  const elsewhere = group('eik', 'leiden');
  const all = [floris, hamsters, elsewhere];

  it('are the groups a staff member is placed in, or those of their locations', () => {
    expect(workingGroups(all, [{ role: 'group_staff', locationId: 'haarlem', groupId: 'hamsters' }])).toEqual(
      [hamsters],
    );
    expect(workingGroups(all, [{ role: 'location_manager', locationId: 'haarlem', groupId: null }])).toEqual([
      floris,
      hamsters,
    ]);
    expect(workingGroups(all, [{ role: 'organisation_admin', locationId: null, groupId: null }])).toEqual(
      all,
    );
  });
});
