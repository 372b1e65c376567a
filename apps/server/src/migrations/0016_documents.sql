-- Documents (PDF) through the media pipeline: attached to messages (and later to news items), never to posts or
-- the diary. A document is kept as uploaded in one `file` variant and only ever served as a download; it has no
-- width or height (the existing CHECK ties those to images) and keeps the name it was uploaded with, sanitised.

ALTER TABLE media DROP CONSTRAINT media_kind_check;
ALTER TABLE media ADD CONSTRAINT media_kind_check CHECK (kind IN ('image', 'video', 'document'));

-- The uploaded name, for the download: no path, no control characters, at most 200 characters, ending in .pdf.
ALTER TABLE media ADD COLUMN file_name text
  CHECK (file_name ~ '^[^/\\[:cntrl:]]{1,196}\.pdf$');
ALTER TABLE media ADD CONSTRAINT media_document_name_check CHECK ((kind = 'document') = (file_name IS NOT NULL));

ALTER TABLE media_files DROP CONSTRAINT media_files_variant_check;
ALTER TABLE media_files ADD CONSTRAINT media_files_variant_check
  CHECK (variant IN ('small', 'screen', 'full', 'video', 'file'));
ALTER TABLE media_files DROP CONSTRAINT media_files_storage_key_check;
ALTER TABLE media_files ADD CONSTRAINT media_files_storage_key_check
  CHECK (storage_key ~ '^[0-9a-z/-]+\.(jpg|mp4|webm|pdf)$');
ALTER TABLE media_files DROP CONSTRAINT media_files_content_type_check;
ALTER TABLE media_files ADD CONSTRAINT media_files_content_type_check
  CHECK (content_type IN ('image/jpeg', 'video/mp4', 'video/webm', 'application/pdf'));
-- The `file` variant, and only it, is a PDF stored under a .pdf key, with no pixel size.
ALTER TABLE media_files ADD CONSTRAINT media_files_document_check CHECK (
  (variant = 'file') = (content_type = 'application/pdf')
  AND (content_type = 'application/pdf') = (storage_key LIKE '%.pdf')
  AND (variant <> 'file' OR (width IS NULL AND height IS NULL))
);
