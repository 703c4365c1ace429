package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_CHANNEL_ORDER_NATIVE;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;

/**
 * Which channels a stream holds, as FFmpeg's channel mask: what BS.1770's channel weights and fpcalc's
 * downmix go by. A 4-channel FLAC is quad and a 3-channel one L R C, where FFmpeg's default layouts for
 * those counts are 4.0 and 2.1.
 */
final class ChannelMasks {
    private ChannelMasks() {}

    /** The mask of {@code layout}; for a layout in no native order, that of FFmpeg's default for its count. */
    static long of(AVChannelLayout layout) {
        if (layout.order() == AV_CHANNEL_ORDER_NATIVE) {
            return layout.u_mask();
        }
        return defaultFor(layout.nb_channels());
    }

    /** The mask of FFmpeg's default layout for {@code channels}; 0 for a count it has none for. */
    private static long defaultFor(int channels) {
        AVChannelLayout layout = new AVChannelLayout();
        try {
            av_channel_layout_default(layout, channels);
            return layout.order() == AV_CHANNEL_ORDER_NATIVE ? layout.u_mask() : 0;
        } finally {
            av_channel_layout_uninit(layout);
            layout.close();
        }
    }
}
