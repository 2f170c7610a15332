#!/usr/bin/env python3
"""Writes a Windows .ico holding the given PNG images (PNG-compressed entries, Windows Vista and later).

usage: make-ico.py OUT.ico IN-16.png IN-32.png ...  (each a square PNG of at most 256 px)

The build runs it on Windows (packaging/CMakeLists.txt) with the committed PNGs from
resources/icons/app, so no image tool is needed there; it uses nothing beyond the standard library.
"""
import struct
import sys


def png_size(data: bytes, name: str) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        sys.exit(f"make-ico: {name} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height or width > 256:
        sys.exit(f"make-ico: {name} is {width}x{height}; an .ico entry must be square and at most 256 px")
    return width, height


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, names = sys.argv[1], sys.argv[2:]
    images = []
    for name in names:
        with open(name, "rb") as f:
            data = f.read()
        width, _ = png_size(data, name)
        images.append((width, data))
    images.sort(key=lambda image: image[0])
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for width, data in images:
        # width/height 0 means 256; no palette; 1 plane; 32 bits per pixel; size; offset
        entries += struct.pack("<BBBBHHII", width % 256, width % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    with open(out, "wb") as f:
        f.write(header + entries + blobs)


if __name__ == "__main__":
    main()
