package org.audioimport.store;

import java.util.List;

/** Files holding the same recording, best quality first: lossless before lossy, then by bitrate. */
public record DuplicateGroup(List<Member> files) {
    /** One file of a group; bitrate is null where unknown. */
    public record Member(String path, String format, String codec, Integer bitrateKbps, boolean lossless) {}
}
