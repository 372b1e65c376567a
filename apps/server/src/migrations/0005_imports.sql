-- An import goes to one location: the group and product names in its file are those of that location, and the
-- planners and managers of that location are the ones who see and run it. Once run, it keeps what it created.
ALTER TABLE imports ADD COLUMN location_id uuid;
UPDATE imports i SET location_id = (
  SELECT l.id FROM locations l WHERE l.organisation_id = i.organisation_id ORDER BY l.created_at, l.id LIMIT 1
);
ALTER TABLE imports ALTER COLUMN location_id SET NOT NULL;
ALTER TABLE imports ADD FOREIGN KEY (organisation_id, location_id) REFERENCES locations (organisation_id, id);
ALTER TABLE imports ADD COLUMN summary jsonb;
ALTER TABLE imports ADD CHECK ((status = 'completed') = (completed_at IS NOT NULL AND summary IS NOT NULL));
CREATE INDEX imports_location_idx ON imports (organisation_id, location_id, created_at DESC);
