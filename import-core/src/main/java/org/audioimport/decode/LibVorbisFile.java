package org.audioimport.decode;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of vorbis/vorbisfile.h (libvorbisfile 1.3) that the fallback decoder uses. An {@code
 * OggVorbis_File} is opaque here: the caller hands over memory of at least {@link
 * #OGG_VORBIS_FILE_BYTES}.
 */
interface LibVorbisFile extends Library {

    /**
     * Bytes reserved for an {@code OggVorbis_File}. The struct takes 944 bytes on x86-64 in libvorbis
     * 1.3.7; four times that leaves room for any build's padding.
     */
    int OGG_VORBIS_FILE_BYTES = 4096;

    /** ov_fopen: the file cannot be opened. */
    int OV_FALSE = -1;
    /** ov_read_float: a gap or damaged page in the data; reading goes on after it. */
    int OV_HOLE = -3;

    int OV_EREAD = -128;
    int OV_EFAULT = -129;
    int OV_EIMPL = -130;
    int OV_EINVAL = -131;
    int OV_ENOTVORBIS = -132;
    int OV_EBADHEADER = -133;
    int OV_EVERSION = -134;
    int OV_ENOTAUDIO = -135;
    int OV_EBADPACKET = -136;
    int OV_EBADLINK = -137;
    int OV_ENOSEEK = -138;

    /** An OV_ code (vorbis/codec.h) in words. */
    static String errorText(long code) {
        return switch ((int) code) {
            case OV_FALSE -> "the file cannot be opened";
            case OV_HOLE -> "a gap in the data";
            case OV_EREAD -> "read error";
            case OV_EFAULT -> "internal error";
            case OV_EIMPL -> "a feature it does not implement";
            case OV_EINVAL -> "invalid argument";
            case OV_ENOTVORBIS -> "not Vorbis data";
            case OV_EBADHEADER -> "invalid Vorbis header";
            case OV_EVERSION -> "unsupported Vorbis version";
            case OV_ENOTAUDIO -> "a packet that is not audio";
            case OV_EBADPACKET -> "invalid packet";
            case OV_EBADLINK -> "a damaged link in a chained stream";
            case OV_ENOSEEK -> "the stream is not seekable";
            default -> "error " + code;
        };
    }

    /** Opens the file by its path's bytes, NUL-terminated. 0 on success, a negative OV_ code otherwise. */
    int ov_fopen(byte[] path, Pointer vf);

    int ov_clear(Pointer vf);

    /** The {@code vorbis_info} of a link (-1: the current one). */
    Pointer ov_info(Pointer vf, int link);

    /** The {@code vorbis_comment} of a link (-1: the current one). */
    Pointer ov_comment(Pointer vf, int link);

    /** Frames the stream holds by its last granule position, or a negative OV_ code when not seekable. */
    long ov_pcm_total(Pointer vf, int link);

    /** Average bit rate in bit/s, or a negative OV_ code. */
    NativeLong ov_bitrate(Pointer vf, int link);

    /**
     * Decodes up to {@code frames} frames: {@code pcm} receives a {@code float**}, one array per
     * channel in Vorbis order, valid until the next call. Returns the frames decoded, 0 at the end,
     * or a negative OV_ code.
     */
    NativeLong ov_read_float(Pointer vf, PointerByReference pcm, int frames, IntByReference link);
}
