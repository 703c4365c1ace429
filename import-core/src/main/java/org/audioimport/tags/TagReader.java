package org.audioimport.tags;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.audioimport.scanning.AudioSignature.Container;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.ogg.OggVorbisTagReader;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file's tags with jaudiotagger, told the format found by content (it otherwise goes by the
 * file name). Where jaudiotagger has no reader for the format, or fails on the file, the tags come from
 * the decoder's metadata dictionary instead: a file with unreadable tags is still imported.
 * Tags are only read, never written.
 */
public final class TagReader {
    private static final Logger LOG = LoggerFactory.getLogger(TagReader.class);

    /**
     * jaudiotagger logs every metadata block at INFO through java.util.logging. A logger held only weakly
     * forgets its level, so the reference is kept here for the life of the class.
     */
    private static final java.util.logging.Logger JAUDIOTAGGER_LOG =
            java.util.logging.Logger.getLogger("org.jaudiotagger");

    static {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
    }

    /**
     * Tags of the file: jaudiotagger's where it can read them, each missing value filled from
     * {@code decoderMetadata} (FFmpeg reads some fields jaudiotagger does not, e.g. the track number
     * FFmpeg itself writes into WAV files as IPRT).
     */
    public Tags read(Path file, Container container, Map<String, String> decoderMetadata) {
        Tags fromDecoder = MetadataTags.from(decoderMetadata);
        return jaudiotaggerExtension(container)
                .flatMap(extension -> readWithJaudiotagger(file, extension))
                .map(tags -> tags.orElse(fromDecoder))
                .orElse(fromDecoder);
    }

    private static Optional<String> jaudiotaggerExtension(Container container) {
        return switch (container) {
            case FLAC -> Optional.of("flac");
            case MPEG -> Optional.of("mp3");
            case OGG -> Optional.of("ogg");
            case MP4 -> Optional.of("m4a");
            case WAV -> Optional.of("wav");
            case AIFF -> Optional.of("aif");
            case ASF -> Optional.of("wma");
            case OPUS, OGG_FLAC, ADTS, WAVPACK, APE, TTA, AC3, OTHER -> Optional.empty();
        };
    }

    private static Optional<Tags> readWithJaudiotagger(Path file, String extension) {
        try {
            Tag tag = extension.equals("ogg")
                    ? vorbisComments(file)
                    : AudioFileIO.readAs(new File(file.toString()), extension).getTag();
            return Optional.of(tag == null ? Tags.NONE : toTags(tag));
        } catch (Exception e) {
            // jaudiotagger throws a zoo of checked and unchecked exceptions for odd files; any of them
            // means "use the other route", which is logged, not fatal.
            LOG.debug(
                    "{}: jaudiotagger could not read the tags ({}); using the decoder's metadata", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * An Ogg Vorbis file's comments, as jaudiotagger's whole-file read gives them, without that read's
     * measure of the stream: it finds the last page by reading back from the end one byte at a time, two
     * system calls a byte, about 40 ms a file, for figures the decoder gives anyway.
     */
    private static Tag vorbisComments(Path file) throws IOException, CannotReadException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            return new OggVorbisTagReader().read(in);
        }
    }

    private static Tags toTags(Tag tag) {
        Fields field = new Fields(tag);
        String track = field.get(FieldKey.TRACK);
        String disc = field.get(FieldKey.DISC_NO);
        return new Tags(
                field.get(FieldKey.TITLE),
                field.get(FieldKey.ARTIST),
                field.get(FieldKey.ALBUM),
                field.get(FieldKey.ALBUM_ARTIST),
                TagValues.position(track),
                TagValues.first(TagValues.total(track), TagValues.number(field.get(FieldKey.TRACK_TOTAL))),
                TagValues.position(disc),
                TagValues.first(TagValues.total(disc), TagValues.number(field.get(FieldKey.DISC_TOTAL))),
                field.get(FieldKey.YEAR),
                field.get(FieldKey.GENRE),
                new MusicBrainzIds(
                        field.get(FieldKey.MUSICBRAINZ_TRACK_ID),
                        field.get(FieldKey.MUSICBRAINZ_RELEASE_TRACK_ID),
                        field.get(FieldKey.MUSICBRAINZ_ARTISTID),
                        field.get(FieldKey.MUSICBRAINZ_RELEASEARTISTID),
                        field.get(FieldKey.MUSICBRAINZ_RELEASEID),
                        field.get(FieldKey.MUSICBRAINZ_RELEASE_GROUP_ID)));
    }

    /** Reads one field; some formats (WAV) throw for fields they cannot hold, which means "no value". */
    private record Fields(Tag tag) {
        String get(FieldKey key) {
            try {
                return TagValues.text(tag.getFirst(key));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
