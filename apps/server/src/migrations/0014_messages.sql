-- Messages (berichten, P6, S5): threads between a child's guardians and the staff of one of the child's groups.
-- A sent message is never changed or removed: triggers refuse UPDATE and DELETE on messages and their attachments
-- (only a cascade, when the child, the group or the thread itself goes, may remove them).

CREATE TABLE message_threads (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  group_id uuid NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  started_by_account_id uuid NOT NULL,
  started_at timestamptz NOT NULL,
  -- The moment of the newest message, kept in the transaction that sends it (the inboxes sort by it).
  last_message_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, started_by_account_id) REFERENCES accounts (organisation_id, id)
);
-- The staff inbox of a group and the guardian's list (threads of their children), newest activity first.
CREATE INDEX message_threads_group_idx ON message_threads (organisation_id, group_id, last_message_at DESC, id DESC);
CREATE INDEX message_threads_child_idx ON message_threads (organisation_id, child_id, last_message_at DESC, id DESC);

CREATE TABLE messages (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  thread_id uuid NOT NULL,
  author_account_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, thread_id) REFERENCES message_threads (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, author_account_id) REFERENCES accounts (organisation_id, id)
);
CREATE INDEX messages_thread_idx ON messages (organisation_id, thread_id, sent_at, id);

-- Photos (and videos) sent with a message, through the media pipeline; a medium is used in one place only.
CREATE TABLE message_attachments (
  organisation_id uuid NOT NULL,
  message_id uuid NOT NULL,
  media_id uuid NOT NULL,
  position smallint NOT NULL CHECK (position >= 0),
  PRIMARY KEY (organisation_id, message_id, position),
  UNIQUE (organisation_id, media_id),
  FOREIGN KEY (organisation_id, message_id) REFERENCES messages (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, media_id) REFERENCES media (organisation_id, id)
);

-- How far each participant has read a thread: messages of others sent after `read_until` are unread.
CREATE TABLE message_reads (
  organisation_id uuid NOT NULL,
  thread_id uuid NOT NULL,
  account_id uuid NOT NULL,
  read_until timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, thread_id, account_id),
  FOREIGN KEY (organisation_id, thread_id) REFERENCES message_threads (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX message_reads_account_idx ON message_reads (organisation_id, account_id);

-- A message is never changed. It is removed only by a cascade (its thread, child or group removed): such a
-- delete runs inside the foreign key's own trigger, so the trigger depth is above one.
CREATE FUNCTION messages_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'a sent message is never changed or deleted (%)', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER messages_no_change BEFORE UPDATE OR DELETE ON messages
  FOR EACH ROW EXECUTE FUNCTION messages_immutable();
CREATE TRIGGER message_attachments_no_change BEFORE UPDATE OR DELETE ON message_attachments
  FOR EACH ROW EXECUTE FUNCTION messages_immutable();
