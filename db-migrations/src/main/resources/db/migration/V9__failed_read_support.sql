-- What the importer that recorded a failed file could read (pipeline.ReadSupport.VERSION): an importer
-- that reads more (new formats, decoder fixes) tries each file an older one failed on once again, rather
-- than keeping it failed until the file changes. NULL for imported files, and for files failed before
-- this column, which the next scan therefore tries again.
ALTER TABLE file ADD COLUMN failed_read_support INTEGER;
