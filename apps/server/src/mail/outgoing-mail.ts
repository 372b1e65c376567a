/** One mail to send: the mailer delivers it, or keeps it for the dev mailbox when no SMTP server is set. */
export interface OutgoingMail {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * A stable Message-ID (`<…@…>`) for a mail that may be sent again after a crash, so mail systems can drop the
   * duplicate; without it the transport makes one up.
   */
  messageId?: string;
}
