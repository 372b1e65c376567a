/** One mail to send: the mailer delivers it, or keeps it for the dev mailbox when no SMTP server is set. */
export interface OutgoingMail {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
}
