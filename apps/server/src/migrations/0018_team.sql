-- Staff profiles (Ons team, P16; team profiles, S6): how a staff member appears to the parents of the groups they
-- work in. A staff member without a row is shown with their first and last name, no photo and no text; the row
-- exists once they (or an organisation admin) save their profile. E-mail and phone never leave staff_members.
CREATE TABLE staff_profiles (
  organisation_id uuid NOT NULL,
  staff_member_id uuid NOT NULL,
  -- The name parents see; null shows first name and last name.
  display_name text CHECK (display_name IS NULL OR length(display_name) BETWEEN 1 AND 100),
  -- "Over mij": plain text, shown as written (never as markup).
  about text NOT NULL DEFAULT '' CHECK (length(about) <= 1000),
  -- A photo through the media pipeline, taken (claimed) by this profile alone.
  photo_media_id uuid,
  -- Switched off, the staff member is left out of Ons team altogether.
  visible_to_parents boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL,
  updated_by_account_id uuid,
  PRIMARY KEY (organisation_id, staff_member_id),
  UNIQUE (organisation_id, photo_media_id),
  FOREIGN KEY (organisation_id, staff_member_id) REFERENCES staff_members (organisation_id, id) ON DELETE CASCADE,
  -- A photo removed with the account that uploaded it leaves the profile without a photo.
  FOREIGN KEY (organisation_id, photo_media_id) REFERENCES media (organisation_id, id)
    ON DELETE SET NULL (photo_media_id),
  FOREIGN KEY (organisation_id, updated_by_account_id) REFERENCES accounts (organisation_id, id)
    ON DELETE SET NULL (updated_by_account_id)
);
