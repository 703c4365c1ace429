package org.audioimport.series;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The pages of one series: a fixed number of slots in memory, the least recently used one written
 * to the temporary file when another page is needed. A page never written reads as zeros, from a
 * fresh slot or from a hole or the end of the file, so nothing records which pages are on disk.
 * Not thread-safe.
 */
final class Pages {
    private final int pageBytes;
    private final Path folder;
    private final ByteBuffer[] slots;
    private final long[] slotPage;
    private final boolean[] dirty;
    private final long[] lastUse;
    private long uses;
    /** The slot of the page asked for last: most accesses go to it, so they skip the search. */
    private int lastSlot;

    private FileChannel spill;

    Pages(int pageBytes, int residentPages, Path folder) {
        if (pageBytes <= 0 || residentPages < 2) {
            throw new IllegalArgumentException(
                    "pages need a positive size and at least two slots: " + pageBytes + ", " + residentPages);
        }
        this.pageBytes = pageBytes;
        this.folder = folder;
        this.slots = new ByteBuffer[residentPages];
        for (int s = 0; s < residentPages; s++) {
            slots[s] = ByteBuffer.allocate(pageBytes).order(ByteOrder.nativeOrder());
        }
        this.slotPage = new long[residentPages];
        this.dirty = new boolean[residentPages];
        this.lastUse = new long[residentPages];
        clear();
    }

    /** Forgets every page and deletes the temporary file: the series is empty again. */
    void clear() {
        Arrays.fill(slotPage, -1);
        Arrays.fill(dirty, false);
        Arrays.fill(lastUse, 0);
        uses = 0;
        lastSlot = 0;
        closeSpill();
    }

    /** The buffer holding {@code page}, to read. */
    ByteBuffer read(long page) {
        return slots[slotOf(page)];
    }

    /** The buffer holding {@code page}, to change: it will be written out before its slot is reused. */
    ByteBuffer write(long page) {
        int slot = slotOf(page);
        dirty[slot] = true;
        return slots[slot];
    }

    private int slotOf(long page) {
        if (slotPage[lastSlot] == page) {
            return lastSlot;
        }
        int chosen = 0;
        for (int s = 0; s < slots.length; s++) {
            if (slotPage[s] == page) {
                return use(s);
            }
            if (lastUse[s] < lastUse[chosen]) {
                chosen = s;
            }
        }
        if (dirty[chosen]) {
            store(chosen);
        }
        load(chosen, page);
        return use(chosen);
    }

    private int use(int slot) {
        lastUse[slot] = ++uses;
        lastSlot = slot;
        return slot;
    }

    private void store(int slot) {
        ByteBuffer buffer = slots[slot].clear();
        long offset = slotPage[slot] * pageBytes;
        try {
            FileChannel channel = channel();
            while (buffer.hasRemaining()) {
                channel.write(buffer, offset + buffer.position());
            }
        } catch (IOException e) {
            throw failure("write to", e);
        }
        dirty[slot] = false;
    }

    private void load(int slot, long page) {
        byte[] bytes = slots[slot].array();
        ByteBuffer buffer = slots[slot].clear();
        // Until the page is read whole, the slot holds no page: a failed read must not leave it half there.
        slotPage[slot] = -1;
        if (spill != null) {
            long offset = page * pageBytes;
            try {
                // A page past the end of the file, or in a hole, was never written: it stays zeros.
                int read;
                do {
                    read = spill.read(buffer, offset + buffer.position());
                } while (read > 0 && buffer.hasRemaining());
            } catch (IOException e) {
                throw failure("read from", e);
            }
        }
        Arrays.fill(bytes, buffer.position(), pageBytes, (byte) 0);
        buffer.clear();
        slotPage[slot] = page;
    }

    private FileChannel channel() throws IOException {
        if (spill == null) {
            Path file = Files.createTempFile(folder, "audio-import-", ".series");
            try {
                // Unlinked at once on POSIX systems: the space returns even if the process is killed.
                spill = FileChannel.open(
                        file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        return spill;
    }

    private SpillException failure(String what, IOException e) {
        return new SpillException(
                "could not " + what + " the temporary file in " + folder + " that holds the measures of a long file: "
                        + reason(e),
                e);
    }

    /** Why, in words: the file-system exceptions of a missing or forbidden folder carry only its path. */
    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "the folder does not exist";
            case AccessDeniedException denied -> "permission denied";
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> e.getMessage();
        };
    }

    /** Bytes of the slots: the same whatever the series' length. */
    long retainedBytes() {
        return (long) slots.length * pageBytes;
    }

    /** Whether a page went to the temporary file, for the tests. */
    boolean spilled() {
        return spill != null;
    }

    private void closeSpill() {
        if (spill != null) {
            try {
                spill.close();
            } catch (IOException e) {
                // Closing only ends the use of a file already unlinked; there is nothing to recover.
            }
            spill = null;
        }
    }
}
