import { describe, expect, it } from 'vitest';
import { requestLine } from '../agenda/test-data.ts';
import {
  absenceBody,
  chosenParts,
  creditOutlook,
  emptyAbsenceForm,
  formPathOf,
  partKey,
  partsByChild,
  periodOf,
  periodProblems,
  shortcutState,
  splitMinutes,
  togglePart,
  toggleParts,
} from './absence-form.ts';
import { mergeOverview } from './overview.ts';
import { absenceLine, NOORTJE, optionsWith, part, TIES, tiesTuesday } from './test-data.ts';

describe('absence form', () => {
  it('asks the options for a valid date or period of at most 31 days only', () => {
    expect(periodOf(emptyAbsenceForm())).toBeNull();
    expect(periodOf(emptyAbsenceForm('2027-02-01'))).toEqual({ from: '2027-02-01', to: '2027-02-01' });
    const period = { ...emptyAbsenceForm('2027-02-01'), mode: 'period' as const };
    expect(periodProblems(period)).toEqual({ to: 'required' });
    expect(periodProblems({ ...period, to: '2027-01-31' })).toEqual({ to: 'date_order' });
    expect(periodProblems({ ...period, to: '2027-03-04' })).toEqual({ to: 'too_long' });
    expect(periodOf({ ...period, to: '2027-03-04' })).toBeNull();
    expect(periodOf({ ...period, to: '2027-03-03' })).toEqual({ from: '2027-02-01', to: '2027-03-03' });
  });

  it('groups the parts per child and date, every child showing, times in order', () => {
    const options = optionsWith([
      part({ date: '2027-02-03' }),
      ...tiesTuesday('2027-02-02').reverse(),
      part({ date: '2027-02-01' }),
    ]);
    const [noortje, ties] = partsByChild(options);
    expect(noortje?.dates.map((d) => d.date)).toEqual(['2027-02-01', '2027-02-03']);
    expect(ties?.dates[0]?.parts.map((p) => p.startTime)).toEqual(['07:00', '15:00']);
    expect(ties?.index).toBe(1);
    expect(partsByChild(optionsWith([]))[0]?.dates).toEqual([]);
  });

  it('"hele dag" selects every part of the date that can still be reported, and only those', () => {
    const [vso, bso] = tiesTuesday('2027-02-02');
    if (!vso || !bso) throw new Error('parts missing');
    const past = { ...vso, unavailable: 'past' as const };
    expect(toggleParts([], [past, bso], true)).toEqual([partKey(bso)]);
    expect(shortcutState([past, bso], [partKey(bso)])).toEqual({
      checked: true,
      indeterminate: false,
      disabled: false,
    });
    expect(shortcutState([vso, bso], [partKey(vso)]).indeterminate).toBe(true);
    expect(shortcutState([past], []).disabled).toBe(true);
    const other = partKey(part());
    expect(toggleParts([other, partKey(vso), partKey(bso)], [vso, bso], false)).toEqual([other]);
    expect(togglePart([other], other, true)).toEqual([other]);
    expect(togglePart([other], other, false)).toEqual([]);
  });

  it('sends the chosen parts that are still offered, in order, with the reason and the comment', () => {
    const noortje = part();
    const ties = tiesTuesday('2027-02-02');
    const absent = part({ date: '2027-02-03', unavailable: 'absent' });
    const options = optionsWith([...ties, noortje, absent]);
    const selected = [partKey(ties[1] ?? noortje), partKey(noortje), partKey(absent), 'gone|x|y|z|w'];
    const chosen = chosenParts(options, selected);
    expect(chosen.map((p) => p.childId)).toEqual([NOORTJE, TIES]);
    const body = absenceBody({ ...emptyAbsenceForm(), reason: 'sick', comment: '  koorts ' }, chosen);
    expect(body).toEqual({
      reason: 'sick',
      comment: 'koorts',
      parts: [
        {
          childId: NOORTJE,
          groupId: noortje.groupId,
          careProductId: noortje.careProductId,
          date: '2027-02-01',
          startTime: '12:30',
        },
        {
          childId: TIES,
          groupId: ties[1]?.groupId,
          careProductId: ties[1]?.careProductId,
          date: '2027-02-02',
          startTime: '15:00',
        },
      ],
    });
    expect(formPathOf('parts.1', body)).toBe(`part:${partKey(chosen[1] ?? noortje)}`);
    expect(formPathOf('parts.9', body)).toBe('selected');
    expect(formPathOf('reason', body)).toBe('reason');
  });

  it('says whether a part yields a credit, is reported too late for one, or nothing', () => {
    const now = new Date('2027-02-01T09:00:00+01:00');
    expect(creditOutlook(part(), now)).toEqual({ kind: 'credit', minutes: 360, validUntil: '2027-03-01' });
    expect(creditOutlook(part({ credit: null }), now)).toEqual({
      kind: 'too_late',
      deadline: '2027-01-31T12:30:00+01:00',
    });
    // No credit while the deadline is still ahead: the organisation gives none (nothing to say).
    expect(creditOutlook(part({ credit: null, creditDeadline: '2027-02-02T12:30:00+01:00' }), now)).toEqual({
      kind: 'none',
    });
    expect(creditOutlook(part({ credit: null, creditDeadline: null }), now)).toEqual({ kind: 'none' });
    expect(splitMinutes(330)).toEqual({ hours: 5, minutes: 30 });
  });
});

describe('overview merge', () => {
  it('lists request and absence lines newest first, holding back what a list still has to fetch', () => {
    const request = requestLine({ submittedAt: '2027-02-01T10:00:00+01:00' });
    const newer = absenceLine({ submittedAt: '2027-02-01T11:00:00+01:00' });
    const older = absenceLine({
      id: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1e02',
      submittedAt: '2027-01-20T08:00:00+01:00',
    });
    const all = mergeOverview(
      { lines: [request], hasMore: false },
      { lines: [newer, older], hasMore: false },
    );
    expect(all.map((e) => e.kind)).toEqual(['absence', 'request', 'absence']);
    // The requests have older pages: the absence older than the oldest loaded request waits.
    const held = mergeOverview(
      { lines: [request], hasMore: true },
      { lines: [newer, older], hasMore: false },
    );
    expect(held.map((e) => e.line.id)).toEqual([newer.id, request.id]);
  });
});
