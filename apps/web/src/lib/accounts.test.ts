import { describe, expect, it } from 'vitest';
import { clearActiveAccountId, getActiveAccountId, setActiveAccountId } from './accounts.ts';

describe('active account storage', () => {
  it('prefers this tab (sessionStorage) over the last used account (localStorage)', () => {
    window.localStorage.setItem('nestje.activeAccount', 'last-used');
    window.sessionStorage.setItem('nestje.activeAccount', 'this-tab');
    expect(getActiveAccountId()).toBe('this-tab');
  });

  it('falls back to the last used account in a new tab', () => {
    window.localStorage.setItem('nestje.activeAccount', 'last-used');
    expect(getActiveAccountId()).toBe('last-used');
  });

  it('remembers a chosen account for this tab and for new tabs, and forgets it again', () => {
    setActiveAccountId('chosen');
    expect(window.sessionStorage.getItem('nestje.activeAccount')).toBe('chosen');
    expect(window.localStorage.getItem('nestje.activeAccount')).toBe('chosen');
    clearActiveAccountId();
    expect(getActiveAccountId()).toBeNull();
  });

  it('keeps another tab’s last used account when forgetting its own', () => {
    window.sessionStorage.setItem('nestje.activeAccount', 'mine');
    window.localStorage.setItem('nestje.activeAccount', 'other-tab');
    clearActiveAccountId();
    expect(getActiveAccountId()).toBe('other-tab');
  });
});
