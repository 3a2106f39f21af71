#!/usr/bin/env python3
"""Draws the Teams app icons (no image library needed): color.png 192x192 and outline.png 32x32.

color.png: the product accent with a white speech bubble. outline.png: the same bubble in white on a
transparent background, as Teams requires for the outline icon. Run again after changing the shapes.
"""
import os
import struct
import zlib

ACCENT = (0x3B, 0x4C, 0xCA, 0xFF)
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    chunk = lambda kind, data: struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    with open(path, 'wb') as out:
        out.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


def in_bubble(x, y, size):
    """A rounded speech bubble with a tail at the lower left, in unit coordinates."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    left, top, right, bottom, radius = 0.18, 0.22, 0.82, 0.68, 0.12
    cx = min(max(u, left + radius), right - radius)
    cy = min(max(v, top + radius), bottom - radius)
    body = (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2 and left <= u <= right and top <= v <= bottom
    tail = 0.28 <= u <= 0.44 and bottom <= v <= 0.82 and (u - 0.28) <= (0.82 - v) * 1.1
    return body or tail


def color(x, y, size):
    return WHITE if in_bubble(x, y, size) else ACCENT


def outline(x, y, size):
    return WHITE if in_bubble(x, y, size) else CLEAR


here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, 'color.png'), 192, color)
png(os.path.join(here, 'outline.png'), 32, outline)
