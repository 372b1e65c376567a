-- Media, consents, posts and diary entries: the timeline (Mijn kind). See docs/timeline.md.

-- Keys the servers share (the key that signs media URLs), made once by the first process that needs one.
CREATE TABLE server_keys (
  name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  key bytea NOT NULL CHECK (length(key) >= 32),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One uploaded image or video. Its files (the variants) are written before the row, so a row never points at a
-- missing file; files without a row are swept. Media that no post or diary entry took within a day are swept too.
CREATE TABLE media (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('image', 'video')),
  uploaded_by_account_id uuid NOT NULL,
  -- SHA-256 of the bytes as uploaded: the same upload repeated (a retry) returns the first result.
  upload_sha256 text NOT NULL CHECK (upload_sha256 ~ '^[0-9a-f]{64}$'),
  -- Of the image as shown (after orientation); null for a video.
  width integer CHECK (width > 0),
  height integer CHECK (height > 0),
  created_at timestamptz NOT NULL,
  -- When a post or a diary entry took it; media are used in one place only.
  attached_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, uploaded_by_account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE,
  CHECK ((kind = 'image') = (width IS NOT NULL AND height IS NOT NULL))
);
CREATE UNIQUE INDEX media_repeat_idx ON media (organisation_id, uploaded_by_account_id, upload_sha256)
  WHERE attached_at IS NULL;
CREATE INDEX media_unattached_idx ON media (created_at) WHERE attached_at IS NULL;

-- The stored files of a medium: `small` and `screen` variants and the `full` image (all re-encoded without
-- metadata), or the `video` as uploaded. The storage key is made by the server and never shown.
CREATE TABLE media_files (
  organisation_id uuid NOT NULL,
  media_id uuid NOT NULL,
  variant text NOT NULL CHECK (variant IN ('small', 'screen', 'full', 'video')),
  storage_key text NOT NULL UNIQUE CHECK (storage_key ~ '^[0-9a-z/-]+\.(jpg|mp4|webm)$'),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'video/mp4', 'video/webm')),
  bytes bigint NOT NULL CHECK (bytes > 0),
  width integer CHECK (width > 0),
  height integer CHECK (height > 0),
  PRIMARY KEY (organisation_id, media_id, variant),
  FOREIGN KEY (organisation_id, media_id) REFERENCES media (organisation_id, id) ON DELETE CASCADE
);

-- Consent items (toestemmingen) an organisation asks guardians per child. Two are built in and made for every
-- organisation: photos visible to the child's own family, and to the other families of the group.
CREATE TABLE consent_items (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The built-in items the timeline relies on; null for the organisation's own items.
  key text CHECK (key IN ('photos_own_family', 'photos_other_families')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  position integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, key)
);

-- The text a guardian agrees to, versioned: a changed text is a new version; answers name the version they saw.
CREATE TABLE consent_texts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  consent_item_id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by_account_id uuid,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, consent_item_id, version),
  FOREIGN KEY (organisation_id, consent_item_id) REFERENCES consent_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id)
);

-- Every answer ever given: who (the guardian, and the account that clicked), when, to which text. Never changed.
CREATE TABLE consent_answers (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  consent_item_id uuid NOT NULL,
  consent_text_id uuid NOT NULL,
  granted boolean NOT NULL,
  answered_at timestamptz NOT NULL,
  answered_by_account_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, consent_item_id) REFERENCES consent_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, consent_text_id) REFERENCES consent_texts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, answered_by_account_id) REFERENCES accounts (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX consent_answers_child_idx ON consent_answers (organisation_id, child_id, consent_item_id, answered_at DESC);

CREATE FUNCTION consent_answers_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent answers are never changed; record a new answer';
END;
$$;
CREATE TRIGGER consent_answers_no_update BEFORE UPDATE ON consent_answers
  FOR EACH ROW EXECUTE FUNCTION consent_answers_immutable();

-- Each guardian's current answer per child and item: the latest of consent_answers, kept in the same transaction.
-- A child has a consent when every guardian with parental authority has granted it (and there is one).
CREATE TABLE consent_states (
  organisation_id uuid NOT NULL,
  child_id uuid NOT NULL,
  consent_item_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  answer_id uuid NOT NULL,
  granted boolean NOT NULL,
  PRIMARY KEY (organisation_id, child_id, consent_item_id, guardian_id),
  FOREIGN KEY (organisation_id, answer_id) REFERENCES consent_answers (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, consent_item_id) REFERENCES consent_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, guardian_id) REFERENCES guardians (organisation_id, id) ON DELETE CASCADE
);

CREATE FUNCTION add_builtin_consent_items(org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  own uuid;
  other uuid;
BEGIN
  INSERT INTO consent_items (organisation_id, key, title, position)
    VALUES (org, 'photos_own_family', 'Foto''s van mijn kind voor ons gezin', 1)
    RETURNING id INTO own;
  INSERT INTO consent_texts (organisation_id, consent_item_id, version, body)
    VALUES (org, own, 1, 'De pedagogisch medewerkers mogen foto''s en video''s van mijn kind maken en die via het '
      || 'ouderportaal met ons gezin delen.');
  INSERT INTO consent_items (organisation_id, key, title, position)
    VALUES (org, 'photos_other_families', 'Foto''s van mijn kind ook voor andere gezinnen van de groep', 2)
    RETURNING id INTO other;
  INSERT INTO consent_texts (organisation_id, consent_item_id, version, body)
    VALUES (org, other, 1, 'Foto''s waarop mijn kind staat, mogen ook getoond worden aan de ouders van andere '
      || 'kinderen uit de groep, bijvoorbeeld een groepsfoto van een uitstapje.');
END;
$$;

CREATE FUNCTION organisations_builtin_consents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_builtin_consent_items(NEW.id);
  RETURN NEW;
END;
$$;
CREATE TRIGGER organisations_builtin_consents AFTER INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisations_builtin_consents();
SELECT add_builtin_consent_items(id) FROM organisations;

-- A post of group staff to a group: text and a series of photos (and videos), each with the children in it.
CREATE TABLE posts (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL,
  author_account_id uuid NOT NULL,
  body text NOT NULL DEFAULT '' CHECK (length(body) <= 5000),
  posted_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, group_id) REFERENCES groups (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, author_account_id) REFERENCES accounts (organisation_id, id)
);
CREATE INDEX posts_group_idx ON posts (organisation_id, group_id, posted_at DESC, id DESC);

CREATE TABLE post_photos (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL,
  media_id uuid NOT NULL,
  position smallint NOT NULL CHECK (position >= 0),
  -- Whether parents get a "Downloaden" button for the full-size image.
  downloadable boolean NOT NULL DEFAULT true,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, media_id),
  UNIQUE (organisation_id, post_id, position),
  FOREIGN KEY (organisation_id, post_id) REFERENCES posts (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, media_id) REFERENCES media (organisation_id, id)
);

-- The children tagged in a photo. Who may see the photo is decided from these tags when it is viewed.
CREATE TABLE post_photo_children (
  organisation_id uuid NOT NULL,
  post_photo_id uuid NOT NULL,
  child_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, post_photo_id, child_id),
  FOREIGN KEY (organisation_id, post_photo_id) REFERENCES post_photos (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX post_photo_children_child_idx ON post_photo_children (organisation_id, child_id);

-- The diary (dagboek): entries per child, written by staff or by the child's guardians.
CREATE TABLE diary_entries (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  author_account_id uuid NOT NULL,
  body text NOT NULL DEFAULT '' CHECK (length(body) <= 10000),
  written_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  FOREIGN KEY (organisation_id, child_id) REFERENCES children (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, author_account_id) REFERENCES accounts (organisation_id, id)
);
CREATE INDEX diary_entries_child_idx ON diary_entries (organisation_id, child_id, written_at DESC, id DESC);

CREATE TABLE diary_entry_media (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL,
  media_id uuid NOT NULL,
  position smallint NOT NULL CHECK (position >= 0),
  added_by_account_id uuid NOT NULL,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  UNIQUE (organisation_id, media_id),
  UNIQUE (organisation_id, entry_id, position),
  FOREIGN KEY (organisation_id, entry_id) REFERENCES diary_entries (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, media_id) REFERENCES media (organisation_id, id),
  FOREIGN KEY (organisation_id, added_by_account_id) REFERENCES accounts (organisation_id, id)
);
