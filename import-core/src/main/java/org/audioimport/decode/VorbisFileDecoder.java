package org.audioimport.decode;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.audioimport.decode.DecodeException.Reason;
import org.audioimport.scanning.PathBytes;

/**
 * {@link AudioDecoder} on libvorbisfile, the reference Vorbis decoder (the system's, through JNA): for
 * the Ogg Vorbis streams FFmpeg refuses and libvorbis plays. Its blocks have the shape of FFmpeg's
 * ({@link PcmBlock}): libvorbis's floats as decoded, unclipped, in FFmpeg's channel order.
 */
final class VorbisFileDecoder implements AudioDecoder {

    /**
     * Output channel {@code i} of a stream of {@code n} channels takes Vorbis channel {@code
     * FROM_VORBIS_ORDER[n - 1][i]}: the order FFmpeg's own Vorbis decoder gives (5.1 is FL FR FC LFE
     * BL BR, Vorbis's FL FC FR BL BR LFE). Streams of more than 8 channels keep Vorbis's order, as there.
     */
    private static final int[][] FROM_VORBIS_ORDER = {
        {0},
        {0, 1},
        {0, 2, 1},
        {0, 1, 2, 3},
        {0, 2, 1, 3, 4},
        {0, 2, 1, 5, 3, 4},
        {0, 2, 1, 6, 5, 3, 4},
        {0, 2, 1, 7, 5, 6, 3, 4},
    };
    /** Frames asked of each ov_read_float call; libvorbisfile returns at most one packet's worth. */
    private static final int READ_FRAMES = 4096;
    /** An Ogg page header before its segment table, and the longest segment table. */
    private static final int FIRST_PAGE_BYTES = 27 + 255;

    /** The comment names FFmpeg's metadata renames (libavformat's ff_vorbiscomment_metadata_conv). */
    private static final Map<String, String> FFMPEG_NAMES = Map.of(
            "albumartist", "album_artist", "tracknumber", "track", "discnumber", "disc", "description", "comment");

    private static final byte[] OGG_CAPTURE = "OggS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VORBIS_IDENTIFICATION = "\u0001vorbis".getBytes(StandardCharsets.ISO_8859_1);

    private final LibVorbisFile library;
    private final BlockWriter writer;
    private final float[] channel = new float[READ_FRAMES];
    private float[] interleaved = new float[0];

    private VorbisFileDecoder(LibVorbisFile library, int blockFrames) {
        this.library = library;
        this.writer = new BlockWriter(blockFrames);
    }

    /** The decoder on the system's libvorbisfile (Debian's libvorbisfile3), or empty when it does not load. */
    static Optional<VorbisFileDecoder> load(int blockFrames) {
        try {
            return Optional.of(new VorbisFileDecoder(Native.load("vorbisfile", LibVorbisFile.class), blockFrames));
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }

    /** Whether the file starts with an Ogg page whose first packet is a Vorbis identification header. */
    static boolean isOggVorbis(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FIRST_PAGE_BYTES + VORBIS_IDENTIFICATION.length);
        } catch (IOException e) {
            return false;
        }
        if (head.length < 27 || !startsWith(head, 0, OGG_CAPTURE)) {
            return false;
        }
        int firstPacket = 27 + Byte.toUnsignedInt(head[26]);
        return startsWith(head, firstPacket, VORBIS_IDENTIFICATION);
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public StreamInfo probe(Path file) throws DecodeException {
        try (OpenFile vorbis = open(file)) {
            return vorbis.info();
        }
    }

    @Override
    public DecodeResult decode(Path file, PcmSink sink) throws DecodeException, SinkException {
        try (OpenFile vorbis = open(file)) {
            StreamInfo info = vorbis.info();
            DecodeWarnings warnings = new DecodeWarnings(info.sampleRate());
            writer.begin(info, sink);
            decodeAll(vorbis, info, warnings);
            writer.finish();
            long frames = writer.frames();
            if (frames == 0) {
                throw new DecodeException(
                        file,
                        Reason.NO_SAMPLES,
                        warnings.isEmpty() ? "vorbis stream with no samples" : warnings.first());
            }
            warnings.checkLength(vorbis.declaredFrames(), "its last Ogg granule position", frames);
            return new DecodeResult(info, frames, Ticks.fromFrames(frames, info.sampleRate()), warnings.list());
        }
    }

    private void decodeAll(OpenFile vorbis, StreamInfo info, DecodeWarnings warnings) throws SinkException {
        int channels = info.channels();
        int[] order = channels <= FROM_VORBIS_ORDER.length ? FROM_VORBIS_ORDER[channels - 1] : null;
        if (interleaved.length < READ_FRAMES * channels) {
            interleaved = new float[READ_FRAMES * channels];
        }
        PointerByReference pcm = new PointerByReference();
        IntByReference link = new IntByReference();
        int currentLink = -1;
        while (true) {
            long read = library.ov_read_float(vorbis.handle(), pcm, READ_FRAMES, link)
                    .longValue();
            if (read == 0) {
                return;
            }
            if (read == LibVorbisFile.OV_HOLE) {
                warnings.add(writer.frames(), "damaged audio skipped: a gap or a damaged page in the Ogg stream");
                continue;
            }
            if (read < 0) {
                warnings.add(writer.frames(), "read error, decoding stopped: " + LibVorbisFile.errorText(read));
                return;
            }
            if (link.getValue() != currentLink) {
                currentLink = link.getValue();
                if (!vorbis.sameShape(currentLink, info)) {
                    warnings.add(
                            writer.frames(),
                            "the stream changes its sample rate or channel count midway; decoding stopped");
                    return;
                }
            }
            int frames = (int) read;
            Pointer planes = pcm.getValue();
            for (int out = 0; out < channels; out++) {
                int source = order == null ? out : order[out];
                planes.getPointer((long) source * Native.POINTER_SIZE).read(0, channel, 0, frames);
                for (int i = 0; i < frames; i++) {
                    interleaved[i * channels + out] = channel[i];
                }
            }
            writer.write(interleaved, frames);
        }
    }

    private OpenFile open(Path file) throws DecodeException {
        byte[] name = PathBytes.of(file);
        byte[] path = Arrays.copyOf(name, name.length + 1);
        Memory handle = new Memory(LibVorbisFile.OGG_VORBIS_FILE_BYTES);
        int ret = library.ov_fopen(path, handle);
        if (ret != 0) {
            // A failed ov_fopen has already cleared what it set up.
            handle.close();
            throw new DecodeException(
                    file,
                    ret == LibVorbisFile.OV_FALSE || ret == LibVorbisFile.OV_EREAD ? Reason.UNREADABLE : Reason.DAMAGED,
                    LibVorbisFile.errorText(ret));
        }
        return new OpenFile(file, handle);
    }

    /** An opened {@code OggVorbis_File}; {@link #close()} clears it and frees its memory. */
    private final class OpenFile implements AutoCloseable {
        private final Path file;
        private final Memory handle;

        OpenFile(Path file, Memory handle) {
            this.file = file;
            this.handle = handle;
        }

        Pointer handle() {
            return handle;
        }

        StreamInfo info() throws DecodeException {
            Pointer vi = library.ov_info(handle, -1);
            int channels = vi.getInt(4);
            long rate = vi.getNativeLong(8).longValue();
            if (channels <= 0 || rate <= 0 || rate > Integer.MAX_VALUE) {
                throw new DecodeException(file, Reason.DAMAGED, "vorbis stream without a sample rate or channel count");
            }
            long nominal = vi.getNativeLong(8 + 2L * Native.LONG_SIZE).longValue();
            long bitrate =
                    nominal > 0 ? nominal : library.ov_bitrate(handle, -1).longValue();
            return new StreamInfo(
                    "ogg",
                    "vorbis",
                    (int) rate,
                    channels,
                    // libvorbisfile gives Vorbis's channel order, not FFmpeg's: no mask says it.
                    0,
                    SampleFormat.FLOAT,
                    null,
                    bitrate > 0 ? Math.toIntExact(Math.round(bitrate / 1000.0)) : null,
                    comments());
        }

        /** Whether a link of a chained stream has the first link's rate and channel count. */
        boolean sameShape(int link, StreamInfo info) {
            Pointer vi = library.ov_info(handle, link);
            return vi != null
                    && vi.getInt(4) == info.channels()
                    && vi.getNativeLong(8).longValue() == info.sampleRate();
        }

        /** Frames by the last page's granule position, or -1. */
        long declaredFrames() {
            long total = library.ov_pcm_total(handle, -1);
            return total > 0 ? total : -1;
        }

        /**
         * The Vorbis comments as FFmpeg's metadata gives them: names in lower case, the four it renames
         * renamed, the first of a repeated name kept, embedded pictures (METADATA_BLOCK_PICTURE) left out.
         */
        private Map<String, String> comments() {
            Map<String, String> metadata = new LinkedHashMap<>();
            Pointer vc = library.ov_comment(handle, -1);
            if (vc == null) {
                return metadata;
            }
            Pointer texts = vc.getPointer(0);
            Pointer lengths = vc.getPointer(Native.POINTER_SIZE);
            int count = vc.getInt(2L * Native.POINTER_SIZE);
            for (int i = 0; i < count; i++) {
                byte[] bytes = texts.getPointer((long) i * Native.POINTER_SIZE).getByteArray(0, lengths.getInt(4L * i));
                String comment = new String(bytes, StandardCharsets.UTF_8);
                int equals = comment.indexOf('=');
                if (equals > 0) {
                    String name = comment.substring(0, equals).toLowerCase(Locale.ROOT);
                    String key = FFMPEG_NAMES.getOrDefault(name, name);
                    if (!key.equals("metadata_block_picture")) {
                        metadata.putIfAbsent(key, comment.substring(equals + 1));
                    }
                }
            }
            return metadata;
        }

        @Override
        public void close() {
            library.ov_clear(handle);
            handle.close();
        }
    }
}
