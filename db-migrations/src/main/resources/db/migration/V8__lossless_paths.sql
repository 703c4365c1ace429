-- Lossless paths: a file name is bytes, and not every name is valid UTF-8 (a Latin-1 é left by an old
-- Samba copy). file.path becomes a text that keeps every byte: the name's UTF-8 where it is valid, each
-- byte that is not written \xHH, and a backslash written \\ (so that a backslash always starts an escape).
-- Until now the path was Java's string of the name, which turns such bytes into U+FFFD: those rows cannot
-- be mended here (the bytes are gone), and the next scan of their folder takes them over by content, as a
-- move. The only text this migration changes is a backslash, doubled.

-- The name's bytes, where the text had to escape some; NULL when path is the name's own text.
ALTER TABLE file ADD COLUMN path_bytes BLOB;

-- In two steps, so that no row takes, even for a moment, a text that another row still holds (a file
-- named a\ becomes a\\, the text of a file named a\\ until that one becomes a\\\\): first every such path
-- becomes a placeholder no real path can be (it does not start with /), then its escaped text.
UPDATE file SET path_bytes = CAST(path AS BLOB), path = char(92) || id WHERE instr(path, char(92)) > 0;
UPDATE file SET path = replace(CAST(path_bytes AS TEXT), char(92), char(92) || char(92)) WHERE path_bytes IS NOT NULL;
