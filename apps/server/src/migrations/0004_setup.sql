-- Organisation setup: audit lines name their subject as it was at the time (a group may be renamed, a closing
-- day removed), and the audit log is filtered by subject and read page by page, newest first.
ALTER TABLE audit_events ADD COLUMN subject_label text CHECK (length(subject_label) <= 300);
CREATE INDEX audit_events_subject_idx ON audit_events (organisation_id, subject_type, at DESC, seq DESC);

-- Closing days are read by date range across the organisation's locations.
CREATE INDEX closing_days_date_idx ON closing_days (organisation_id, date);
