# SPDX-License-Identifier: Apache-2.0
# lit configuration of the GCC plugin tests: every test runs gcc 12 (or the
# aarch64-linux-gnu cross gcc) with -fplugin=xsc-enforce.so and checks the
# diagnostics with FileCheck --implicit-check-not=error:.
import os
import lit.formats

config.name = 'xsc-enforce-gcc'
config.test_format = lit.formats.ShTest(True)
config.suffixes = ['.c', '.cpp', '.test']
config.excludes = ['Inputs']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.xsc_obj_root, 'gcc-plugin', 'test')
config.environment['PATH'] = os.pathsep.join(
    [config.llvm_bin, config.environment.get('PATH', os.environ.get('PATH', ''))])

if not os.path.exists(config.gcc_plugin):
    lit_config.fatal('xsc-enforce.so not built: ' + config.gcc_plugin)

flags = '-fdiagnostics-plain-output -I%s' % config.pragmas_include
check = '%s -fplugin=%s %s' % (config.gcc, config.gcc_plugin, flags)
config.substitutions.append(('%gcc_x86_64', check + ' -m64'))
config.substitutions.append(('%gcc_i386', check + ' -m32'))
if config.aarch64_gcc and os.path.exists(config.gcc_plugin_aarch64):
    config.available_features.add('aarch64-gcc')
    config.substitutions.append(('%gcc_aarch64', '%s -fplugin=%s %s' % (
        config.aarch64_gcc, config.gcc_plugin_aarch64, flags)))
else:
    lit_config.note('aarch64-linux-gnu-gcc or its plugin missing: aarch64 tests '
                    'are UNSUPPORTED')
config.substitutions.append(('%gxx_x86_64', check.replace(config.gcc, config.gcc.replace('gcc', 'g++'), 1) + ' -m64'))
config.substitutions.append(('%gcc_plain', config.gcc))
config.substitutions.append(('%aarch64_gcc_plain', config.aarch64_gcc or 'false'))
config.substitutions.append(('%plugin_aarch64', config.gcc_plugin_aarch64))
config.substitutions.append(('%plugin', config.gcc_plugin))
config.substitutions.append(('%pragmas_include', config.pragmas_include))
config.substitutions.append(('%xsc_scan', config.xsc_scan))

if os.access(config.xsc_scan, os.X_OK):
    config.available_features.add('xsc-scan')
else:
    lit_config.note('xsc-scan not built (%s): end-to-end tests are UNSUPPORTED'
                    % config.xsc_scan)

# Real code (issue 3): fetched once into the build tree by the helper shared
# with the other plugin's suite (bench/plugins/lit_corpus.py).
import sys
sys.path.insert(0, os.path.join(config.xsc_src_root, 'bench', 'plugins'))
from lit_corpus import add_realcode_corpus
add_realcode_corpus(config, lit_config)

# After `cmake --install` the plugin loads by short name (-fplugin=xsc-enforce).
import subprocess as _sp
_plugin_dir = _sp.run([config.gcc, '-print-file-name=plugin'], stdout=_sp.PIPE,
                      universal_newlines=True).stdout.strip()
if os.path.exists(os.path.join(_plugin_dir, 'xsc-enforce.so')):
    config.available_features.add('gcc-plugin-installed')
else:
    lit_config.note('xsc-enforce.so not installed in %s (run cmake --install '
                    '--component xsc-enforce): short-name test UNSUPPORTED' % _plugin_dir)
