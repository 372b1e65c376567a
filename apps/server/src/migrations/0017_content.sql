-- Content (S6, P16): news items, newsletters and information pages written by staff for the parents. Each item has
-- one audience — the organisation, one location or one group — and a publish moment (null: a draft). A guardian
-- sees it once published when its audience is the organisation, or a location or group where one of their children
-- is placed today; that is one indexed filter on (organisation, kind, audience column, publish moment).
-- The body is HTML sanitised by the server before it is stored; `summary` is its plain text start, for lists.

CREATE TABLE content_items (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('news', 'newsletter', 'info_page')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body_html text NOT NULL CHECK (length(body_html) <= 200000),
  summary text NOT NULL CHECK (length(summary) <= 300),
  -- The audience: both empty for the whole organisation, else exactly one of the two.
  audience_location_id uuid,
  audience_group_id uuid,
  publish_at timestamptz,
  -- Information pages are shown in this order (lowest first); 0 for the other kinds.
  position integer NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 10000),
  -- When the guardians were notified (news and newsletters): set once, so a due job never notifies twice.
  notified_at timestamptz,
  created_by_account_id uuid,
  created_at timestamptz NOT NULL,
  updated_by_account_id uuid,
  updated_at timestamptz NOT NULL,
  -- A removed item is gone for everyone; the row stays for the audit trail and the notification history.
  removed_at timestamptz,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (id),
  CHECK (audience_location_id IS NULL OR audience_group_id IS NULL),
  CHECK (kind <> 'info_page' OR notified_at IS NULL),
  FOREIGN KEY (organisation_id, audience_location_id) REFERENCES locations (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, audience_group_id) REFERENCES groups (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, created_by_account_id) REFERENCES accounts (organisation_id, id)
    ON DELETE SET NULL (created_by_account_id),
  FOREIGN KEY (organisation_id, updated_by_account_id) REFERENCES accounts (organisation_id, id)
    ON DELETE SET NULL (updated_by_account_id)
);
-- The parent lists: per kind and audience, newest published first (keyset on publish moment and id).
CREATE INDEX content_items_org_idx ON content_items (organisation_id, kind, publish_at DESC, id DESC)
  WHERE removed_at IS NULL AND audience_location_id IS NULL AND audience_group_id IS NULL;
CREATE INDEX content_items_location_idx
  ON content_items (organisation_id, audience_location_id, kind, publish_at DESC, id DESC)
  WHERE removed_at IS NULL AND audience_location_id IS NOT NULL;
CREATE INDEX content_items_group_idx
  ON content_items (organisation_id, audience_group_id, kind, publish_at DESC, id DESC)
  WHERE removed_at IS NULL AND audience_group_id IS NOT NULL;
-- The staff lists: per kind, newest created first.
CREATE INDEX content_items_created_idx ON content_items (organisation_id, kind, created_at DESC, id DESC)
  WHERE removed_at IS NULL;

-- Images shown with an item and documents (PDF) attached to it, through the media pipeline; a medium is used in
-- one place only. Taken out of an item, the row goes and the media sweep removes the file.
CREATE TABLE content_item_media (
  organisation_id uuid NOT NULL,
  item_id uuid NOT NULL,
  media_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('image', 'attachment')),
  position smallint NOT NULL CHECK (position >= 0),
  PRIMARY KEY (organisation_id, item_id, role, position),
  UNIQUE (organisation_id, media_id),
  FOREIGN KEY (organisation_id, item_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, media_id) REFERENCES media (organisation_id, id) ON DELETE CASCADE
);
