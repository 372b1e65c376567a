import type { Locale } from '@nestje/contract';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain mail: greeting, paragraphs, one button-like link, and the same as text. */
export function layout(opts: {
  subject: string;
  greeting: string;
  paragraphs: string[];
  linkLabel: string;
  link: string;
  footer: string;
}): RenderedMail {
  const text = [
    opts.greeting,
    '',
    ...opts.paragraphs.flatMap((p) => [p, '']),
    `${opts.linkLabel}: ${opts.link}`,
    '',
    opts.footer,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;color:#1f2933">
<p>${escapeHtml(opts.greeting)}</p>
${opts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(opts.link)}" style="display:inline-block;padding:10px 16px;background:#2f7d6d;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(opts.linkLabel)}</a></p>
<p style="font-size:13px;color:#52606d">${escapeHtml(opts.footer)}</p>
</body></html>`;
  return { subject: opts.subject, text, html };
}

export interface AccountMailVars {
  displayName: string;
  organisationName: string;
  link: string;
  /** How long the link works, in hours. */
  validHours: number;
}

export function activationMail(locale: Locale, v: AccountMailVars): RenderedMail {
  const days = Math.round(v.validHours / 24);
  if (locale === 'en') {
    return layout({
      subject: `Your account for ${v.organisationName}`,
      greeting: `Dear ${v.displayName},`,
      paragraphs: [
        `${v.organisationName} has created an account for you in Nestje, the parent portal. Choose your own password with the link below to activate it.`,
        `The link can be used once and works for ${days} days.`,
      ],
      linkLabel: 'Activate account',
      link: v.link,
      footer: 'Did you not expect this e-mail? Then you can ignore it.',
    });
  }
  return layout({
    subject: `Je account bij ${v.organisationName}`,
    greeting: `Beste ${v.displayName},`,
    paragraphs: [
      `${v.organisationName} heeft een account voor je aangemaakt in Nestje, het ouderportaal. Kies via de link hieronder je eigen wachtwoord om het te activeren.`,
      `De link is één keer te gebruiken en werkt ${days} dagen.`,
    ],
    linkLabel: 'Account activeren',
    link: v.link,
    footer: 'Had je deze e-mail niet verwacht? Dan kun je hem negeren.',
  });
}

export function passwordResetMail(locale: Locale, v: AccountMailVars): RenderedMail {
  if (locale === 'en') {
    return layout({
      subject: 'Reset your Nestje password',
      greeting: `Dear ${v.displayName},`,
      paragraphs: [
        `Someone asked to reset the password of your account at ${v.organisationName}. Choose a new password with the link below.`,
        `The link can be used once and works for ${v.validHours * 60} minutes. After the reset you are signed out everywhere else.`,
      ],
      linkLabel: 'Choose a new password',
      link: v.link,
      footer: 'Did you not ask for this? Then ignore this e-mail; your password stays as it is.',
    });
  }
  return layout({
    subject: 'Nieuw wachtwoord voor Nestje',
    greeting: `Beste ${v.displayName},`,
    paragraphs: [
      `Er is gevraagd om het wachtwoord van je account bij ${v.organisationName} opnieuw in te stellen. Kies via de link hieronder een nieuw wachtwoord.`,
      `De link is één keer te gebruiken en werkt ${v.validHours * 60} minuten. Na het wijzigen word je overal elders uitgelogd.`,
    ],
    linkLabel: 'Nieuw wachtwoord kiezen',
    link: v.link,
    footer: 'Heb je hier niet om gevraagd? Negeer dan deze e-mail; je wachtwoord blijft zoals het is.',
  });
}
