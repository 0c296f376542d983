#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Overwrites fields of an ELF file's header, program headers or section headers
# in place, to build malformed inputs from well-formed ones:
#     elf_patch.py FILE e_phnum=0xffff ph0.p_offset=0x100000 sh1.sh_size=0x10
# Field widths follow the file's class (ELF32/ELF64); the file is little-endian.
import struct
import sys

EHDR = {  # name: (offset32, size32, offset64, size64)
    'e_type': (16, 2, 16, 2), 'e_machine': (18, 2, 18, 2),
    'e_entry': (24, 4, 24, 8), 'e_phoff': (28, 4, 32, 8),
    'e_shoff': (32, 4, 40, 8), 'e_flags': (36, 4, 48, 4),
    'e_ehsize': (40, 2, 52, 2), 'e_phentsize': (42, 2, 54, 2),
    'e_phnum': (44, 2, 56, 2), 'e_shentsize': (46, 2, 58, 2),
    'e_shnum': (48, 2, 60, 2), 'e_shstrndx': (50, 2, 62, 2),
    'ei_class': (4, 1, 4, 1), 'ei_data': (5, 1, 5, 1),
}
PHDR = {
    'p_type': (0, 4, 0, 4), 'p_flags': (24, 4, 4, 4),
    'p_offset': (4, 4, 8, 8), 'p_vaddr': (8, 4, 16, 8),
    'p_filesz': (16, 4, 32, 8), 'p_memsz': (20, 4, 40, 8),
}
SHDR = {
    'sh_name': (0, 4, 0, 4), 'sh_type': (4, 4, 4, 4), 'sh_flags': (8, 4, 8, 8),
    'sh_addr': (12, 4, 16, 8), 'sh_offset': (16, 4, 24, 8),
    'sh_size': (20, 4, 32, 8), 'sh_link': (24, 4, 40, 4),
    'sh_info': (28, 4, 44, 4),
}
FMT = {1: '<B', 2: '<H', 4: '<I', 8: '<Q'}


def field(data, table, name, is64):
    o32, s32, o64, s64 = table[name]
    return (o64, s64) if is64 else (o32, s32)


def read(data, off, size):
    return struct.unpack_from(FMT[size], data, off)[0]


def main():
    path, edits = sys.argv[1], sys.argv[2:]
    data = bytearray(open(path, 'rb').read())
    if data[:4] != b'\x7fELF':
        sys.exit('elf_patch.py: %s: not ELF' % path)
    is64 = data[4] == 2
    for edit in edits:
        name, value = edit.split('=', 1)
        value = int(value, 0)
        if '.' in name:
            table_name, fname = name.split('.', 1)
            index = int(table_name[2:])
            if table_name.startswith('ph'):
                base = read(data, *field(data, EHDR, 'e_phoff', is64))
                entsize = read(data, *field(data, EHDR, 'e_phentsize', is64))
                table = PHDR
            elif table_name.startswith('sh'):
                base = read(data, *field(data, EHDR, 'e_shoff', is64))
                entsize = read(data, *field(data, EHDR, 'e_shentsize', is64))
                table = SHDR
            else:
                sys.exit('elf_patch.py: unknown table in %s' % name)
            off, size = field(data, table, fname, is64)
            off += base + index * entsize
        else:
            off, size = field(data, EHDR, name, is64)
        if off + size > len(data):
            sys.exit('elf_patch.py: %s lies past the end of %s' % (name, path))
        struct.pack_into(FMT[size], data, off, value)
    open(path, 'wb').write(bytes(data))


if __name__ == '__main__':
    main()
