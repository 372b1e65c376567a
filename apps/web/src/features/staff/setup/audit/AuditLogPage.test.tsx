import type { AuditEvent } from '@nestje/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../../../../test/fetch-mock.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { adminMe, hamsters } from '../test-server.ts';

const event = (n: number, overrides: Partial<AuditEvent>): AuditEvent => ({
  id: `4a0f7c2e-5b1d-4e8a-9c3f-2d1e0b9a8d0${n}`,
  at: '2026-03-29T01:30:00Z',
  actorAccountId: null,
  actorName: null,
  action: 'group.update',
  childIds: [],
  subjectType: 'group',
  subjectId: hamsters.id,
  subjectLabel: hamsters.name,
  details: {},
  ...overrides,
});

const pages = [
  {
    events: [
      event(1, {
        action: 'careProduct.create',
        actorName: 'Anouk Visser',
        subjectType: 'careProduct',
        subjectLabel: 'VSO ochtend',
        details: { fields: ['name', 'priceCents'] },
      }),
      event(2, { details: { fields: ['openingHours'] } }),
    ],
    nextCursor: 'page-2',
  },
  {
    events: [event(3, { action: 'something.new', subjectLabel: null, subjectType: 'location' })],
    nextCursor: null,
  },
];

function server() {
  let call = 0;
  mockFetch({
    'GET /api/v1/me': () => ({ status: 200, body: adminMe() }),
    'GET /api/v1/audit-events': () => ({ status: 200, body: pages[Math.min(call++, 1)] }),
  });
  /** The query strings of the audit requests, in order. */
  return () =>
    vi
      .mocked(fetch)
      .mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((url) => url.pathname === '/api/v1/audit-events')
      .map((url) => url.searchParams);
}

describe('audit log', () => {
  it('shows who did what, when in Amsterdam time and which fields, and loads older lines on request', async () => {
    const auditRequests = server();
    renderApp('/beheer/organisatie/logboek');
    const list = await screen.findByTestId('audit-list');
    const first = within(list).getByRole('row', { name: /VSO ochtend/ });
    expect(first.textContent).toContain('29 maart 2026 om 03:30'); // 01:30 UTC is summer time here
    expect(first.textContent).toContain('Anouk Visser');
    expect(first.textContent).toContain('Product toegevoegd');
    expect(first.textContent).toContain('naam, prijs');
    expect(within(list).getByRole('row', { name: /Hamsters/ }).textContent).toContain('Nestje (automatisch)');

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(4));
    // An action the catalogue does not know shows its code rather than nothing.
    expect(within(list).getByRole('row', { name: /something\.new/ }).textContent).toContain('Locatie');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    const [firstPage, secondPage] = auditRequests();
    expect(firstPage?.get('cursor')).toBeNull();
    expect(secondPage?.get('cursor')).toBe('page-2');
  });

  it('says a last day before the first one next to the field, without asking the server', async () => {
    const auditRequests = server();
    renderApp('/beheer/organisatie/logboek');
    await screen.findByTestId('audit-list');
    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-03-01' } });
    expect(await screen.findByText('Deze datum ligt vóór de datum vanaf.')).toBeTruthy();
    expect(auditRequests().some((params) => params.get('to') === '2026-03-01')).toBe(false);

    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-03-31' } });
    await waitFor(() =>
      expect(
        auditRequests().some((p) => p.get('from') === '2026-03-10' && p.get('to') === '2026-03-31'),
      ).toBe(true),
    );
  });
});
