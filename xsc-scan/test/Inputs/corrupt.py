#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Writes COUNT deterministic corruptions of each input file into OUTDIR (seeded,
# so a failure reproduces): random byte flips in the headers, random values in
# ELF header fields, and truncations. Used to check that no damaged input can
# crash or hang the scanner.
#     corrupt.py SEED COUNT OUTDIR FILE...
import os
import random
import struct
import sys


def main():
    seed, count, outdir, files = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for path in files:
        data = open(path, 'rb').read()
        base = os.path.basename(path)
        for i in range(count):
            d = bytearray(data)
            mode = i % 4
            if mode == 0:  # flip a few bytes in the first 512 bytes (headers)
                for _ in range(rng.randint(1, 4)):
                    j = rng.randrange(min(len(d), 512))
                    d[j] = rng.randrange(256)
            elif mode == 1:  # a random value in a random header field
                off = rng.choice([16, 18, 24, 32, 40, 48, 52, 54, 56, 58, 60, 62])
                size = 2 if off in (16, 18, 52, 54, 56, 58, 60, 62) else 8
                val = rng.choice([0, 1, 0xff, 0xffff, 0x7fffffff, rng.getrandbits(size * 8)])
                struct.pack_into('<H' if size == 2 else '<Q', d, off, val & ((1 << (size * 8)) - 1))
            elif mode == 2:  # truncate
                d = d[:rng.randrange(1, len(d))]
            else:  # flip bytes anywhere
                for _ in range(rng.randint(1, 16)):
                    j = rng.randrange(len(d))
                    d[j] = rng.randrange(256)
            with open(os.path.join(outdir, '%s.%03d' % (base, i)), 'wb') as f:
                f.write(bytes(d))


if __name__ == '__main__':
    main()
