# SPDX-License-Identifier: Apache-2.0
# Shared by both plugins' lit configurations: fetches the real-code corpus
# (fetch-corpus.sh, beside this file) into the build tree once, and sets the
# 'realcode-corpus' feature and the %corpus and %multiarch_x86 substitutions.
# Without network the real-code tests are UNSUPPORTED, and the note says why.
import os
import subprocess


def add_realcode_corpus(config, lit_config):
    corpus = os.path.join(config.xsc_obj_root, 'plugins-corpus')
    fetch = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fetch-corpus.sh')
    try:
        r = subprocess.run([fetch, corpus], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=900)
        fetch_rc, fetch_out = r.returncode, r.stdout.decode(errors='replace').strip()
    except subprocess.TimeoutExpired:
        fetch_rc, fetch_out = -1, 'timed out'
    if fetch_rc == 0:
        config.available_features.add('realcode-corpus')
    else:
        lit_config.note('real-code corpus unavailable (%s exited %d: %s): real-code '
                        'tests are UNSUPPORTED' % (fetch, fetch_rc, fetch_out.splitlines()[-1:]))
    config.substitutions.append(('%corpus', corpus))
    config.substitutions.append(('%multiarch_x86', '/usr/include/x86_64-linux-gnu'))
