# SPDX-License-Identifier: Apache-2.0
# lit configuration for the xsc-scan suite: one behaviour per test file, every
# input built inside the test. Tools come from config.llvm_bin (LLVM 14) and the
# lit.site.cfg.py that CMake writes; a test that needs a missing tool is
# UNSUPPORTED through a REQUIRES: feature, never silently passing.
import os
import shutil

import lit.formats

config.name = 'xsc-scan'
# RUN lines use bash: `cmd; echo "exit=$?"` pins exit codes exactly.
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = ['.test', '.s', '.c', '.yaml']
config.excludes = ['Inputs', 'unit', 'lit.cfg.py', 'lit.site.cfg.py']
config.test_source_root = os.path.dirname(__file__)
obj_root = getattr(config, 'xsc_obj_root', None)
config.test_exec_root = (os.path.join(obj_root, 'xsc-scan', 'test')
                         if obj_root else config.test_source_root)

# Keep tool output stable (error strings from strerror, sort order).
config.environment['LC_ALL'] = 'C'
config.environment['LANG'] = 'C'

llvm_bin = getattr(config, 'llvm_bin', None) or '/usr/lib/llvm-14/bin'


def scanner_path():
    path = getattr(config, 'xsc_scan', None)
    if path:
        return path
    if obj_root:
        return os.path.join(obj_root, 'xsc-scan', 'xsc-scan')
    lit_config.fatal('xsc-scan: neither config.xsc_scan nor config.xsc_obj_root is set')


xsc_scan = scanner_path()
if not os.access(xsc_scan, os.X_OK):
    lit_config.warning('xsc-scan binary not found at %s; every test will fail' % xsc_scan)

inputs = os.path.join(config.test_source_root, 'Inputs')


def llvm_tool(name):
    path = os.path.join(llvm_bin, name)
    if os.access(path, os.X_OK):
        config.available_features.add('tool-' + name)
        return path
    return None


# Substitutions are regexes applied in order: longer names that share a
# prefix with a shorter one come first.
subs = []
for sub, tool in [('%llvm-objcopy', 'llvm-objcopy'), ('%llvm-strip', 'llvm-strip'),
                  ('%llvm-readelf', 'llvm-readelf'), ('%llvm-objdump', 'llvm-objdump'),
                  ('%llvm-nm', 'llvm-nm'),
                  ('%llvm-ar', 'llvm-ar'), ('%llvm-mc', 'llvm-mc'),
                  ('%yaml2obj', 'yaml2obj'), ('%FileCheck', 'FileCheck'),
                  ('%split-file', 'split-file'), ('%lld', 'ld.lld'),
                  ('%clang', 'clang'), ('%not', 'not')]:
    path = llvm_tool(tool)
    if path is None:
        lit_config.warning('%s not found in %s' % (tool, llvm_bin))
        path = 'false ' + tool + '-not-found'
    subs.append((sub, path))

ld_bfd = getattr(config, 'ld_bfd', None) or shutil.which('ld.bfd')
if ld_bfd and os.access(ld_bfd, os.X_OK):
    config.available_features.add('ld-bfd')
    subs.insert(0, ('%ld-bfd', ld_bfd))

aarch64_gcc = getattr(config, 'aarch64_gcc', None)
if aarch64_gcc and os.access(aarch64_gcc, os.X_OK):
    config.available_features.add('aarch64-cc')
    subs.insert(0, ('%aarch64-gcc', aarch64_gcc))
    prefix = aarch64_gcc[:-len('gcc')] if aarch64_gcc.endswith('gcc') else None
    if prefix and os.access(prefix + 'ld.bfd', os.X_OK):
        config.available_features.add('aarch64-ld-bfd')
        subs.insert(0, ('%aarch64-ld-bfd', prefix + 'ld.bfd'))

gcc = shutil.which('gcc')
if gcc:
    config.available_features.add('gcc')
    subs.insert(0, ('%gcc', gcc))

python = shutil.which('python3') or 'python3'
subs.insert(0, ('%xsc-scan', xsc_scan))
subs.append(('%python', python))
# Helpers shared by the tests: JSON/SARIF checkers and an ELF header patcher.
subs.append(('%report', python + ' ' + os.path.join(inputs, 'report.py')))
subs.append(('%count-bytes', python + ' ' + os.path.join(inputs, 'count_bytes.py')))
subs.append(('%elfpatch', python + ' ' + os.path.join(inputs, 'elf_patch.py')))
config.substitutions.extend(subs)

if os.uname().machine == 'x86_64':
    config.available_features.add('host-x86_64')
if os.access('/usr/bin/time', os.X_OK):
    config.available_features.add('gnu-time')
    config.substitutions.append(('%gnu-time', '/usr/bin/time'))
if shutil.which('mkfifo'):
    config.available_features.add('mkfifo')
if shutil.which('timeout'):
    config.available_features.add('timeout')
if getattr(config, 'sanitized', False):
    config.available_features.add('sanitized')
    # A sanitizer report must never pass for exit status 1 (violations) or 2
    # (input error), which the tests pin: give it a status of its own.
    for var, default in (('ASAN_OPTIONS', 'exitcode=86:abort_on_error=0'),
                         ('UBSAN_OPTIONS', 'exitcode=87:print_stacktrace=1')):
        extra = os.environ.get(var)
        config.environment[var] = default + (':' + extra if extra else '')

# Packages: dpkg-deb builds .deb inputs for the package tests.
if shutil.which('dpkg-deb'):
    config.available_features.add('dpkg-deb')
