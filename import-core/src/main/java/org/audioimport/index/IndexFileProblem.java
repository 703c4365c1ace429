package org.audioimport.index;

/** Why an index file cannot be loaded. Every kind means the same to a caller: rebuild the index. */
public sealed interface IndexFileProblem {

    /** The problem in words a user understands. */
    String describe();

    /** The file is shorter than its header says it should be. */
    record Truncated(long expectedBytes, long actualBytes) implements IndexFileProblem {
        @Override
        public String describe() {
            return "the file is truncated: " + actualBytes + " bytes of " + expectedBytes;
        }
    }

    /** The file does not start with the index's magic bytes. */
    record NotAnIndex() implements IndexFileProblem {
        @Override
        public String describe() {
            return "the file is not a flavor index";
        }
    }

    /** The file was written in a format version this code cannot read. */
    record UnsupportedVersion(int found, int supported) implements IndexFileProblem {
        @Override
        public String describe() {
            return "the file has format version " + found + "; this version reads " + supported;
        }
    }

    /** The content does not match its CRC32C checksum. */
    record ChecksumMismatch(int stored, int computed) implements IndexFileProblem {
        @Override
        public String describe() {
            return String.format("the checksum does not match: stored %08x, computed %08x", stored, computed);
        }
    }

    /** The checksum matches but the content does not make a valid index. */
    record Corrupt(String detail) implements IndexFileProblem {
        @Override
        public String describe() {
            return "the file is corrupt: " + detail;
        }
    }
}
