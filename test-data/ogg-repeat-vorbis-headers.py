#!/usr/bin/env python3
"""ogg-repeat-vorbis-headers.py IN OUT: IN's Ogg Vorbis stream with its three header packets sent twice.

OUT is IN with one page inserted after the header pages, as in HyperRogue's hr-savino-*.ogg (Debian's
hyperrogue-music 12.0q-1): the identification, comment and setup headers again, then the first audio
packet, under a negative granule position (-104). libvorbisfile skips the repeated headers as packets
that are not audio and plays the stream whole; FFmpeg's Ogg demuxer refuses a second identification
header ("Header processing failed"). The audio pages are IN's own, renumbered; the first of them loses
the packet moved to the new page. Every page's CRC is computed again. Deterministic: same IN, same OUT.
"""
import struct
import sys

REPEATED_PAGE_GRANULE = -104
BOS, EOS = 0x02, 0x04


def crc32_ogg(data):
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def read_pages(data):
    """(flags, granule, serial, lacing values, body) of every page, in file order."""
    pages, at = [], 0
    while at < len(data):
        if data[at:at + 4] != b"OggS":
            sys.exit(f"no Ogg page at byte {at}")
        flags, granule, serial = data[at + 5], *struct.unpack("<qI", data[at + 6:at + 18])
        count = data[at + 26]
        lacing = list(data[at + 27:at + 27 + count])
        start = at + 27 + count
        pages.append((flags, granule, serial, lacing, data[start:start + sum(lacing)]))
        at = start + sum(lacing)
    return pages


def page(flags, granule, serial, sequence, packets):
    """One page holding whole packets."""
    lacing = []
    for packet in packets:
        lacing += [255] * (len(packet) // 255) + [len(packet) % 255]
    if len(lacing) > 255:
        sys.exit("packets do not fit one page")
    header = b"OggS" + bytes([0, flags]) + struct.pack("<qII", granule, serial, sequence) + b"\0\0\0\0"
    raw = header + bytes([len(lacing)] + lacing) + b"".join(packets)
    return raw[:22] + struct.pack("<I", crc32_ogg(raw)) + raw[26:]


def split_packets(lacing, body):
    """The whole packets of a page that starts and ends on packet boundaries."""
    packets, current, at = [], b"", 0
    for value in lacing:
        current += body[at:at + value]
        at += value
        if value < 255:
            packets.append(current)
            current = b""
    if current:
        sys.exit("a header page ends inside a packet")
    return packets


def main(source, target):
    pages = read_pages(open(source, "rb").read())
    flags, _, serial, lacing, body = pages[0]
    identification = split_packets(lacing, body)
    _, _, _, lacing, body = pages[1]
    comment_and_setup = split_packets(lacing, body)
    if len(identification) != 1 or len(comment_and_setup) != 2 or not identification[0].startswith(b"\x01vorbis"):
        sys.exit("expected the usual layout: the identification header, then the comment and setup headers")
    headers = identification + comment_and_setup
    # The first audio page starts on a packet boundary (the setup header ends its page).
    flags, granule, _, lacing, body = pages[2]
    first_packet_segments = next(i for i, value in enumerate(lacing) if value < 255) + 1
    first_packet_bytes = sum(lacing[:first_packet_segments])
    first_audio_packet = body[:first_packet_bytes]
    out = [
        page(BOS, 0, serial, 0, identification),
        page(0, 0, serial, 1, comment_and_setup),
        page(0, REPEATED_PAGE_GRANULE, serial, 2, headers + [first_audio_packet]),
    ]
    rest = [(flags, granule, lacing[first_packet_segments:], body[first_packet_bytes:])]
    rest += [(f, g, l, b) for f, g, _, l, b in pages[3:]]
    for sequence, (flags, granule, lacing, body) in enumerate(rest, start=3):
        header = b"OggS" + bytes([0, flags]) + struct.pack("<qII", granule, serial, sequence) + b"\0\0\0\0"
        raw = header + bytes([len(lacing)] + lacing) + body
        out.append(raw[:22] + struct.pack("<I", crc32_ogg(raw)) + raw[26:])
    open(target, "wb").write(b"".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[0])
    main(sys.argv[1], sys.argv[2])
