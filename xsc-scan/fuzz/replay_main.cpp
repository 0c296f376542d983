// SPDX-License-Identifier: Apache-2.0
// Replays fuzz inputs through LLVMFuzzerTestOneInput without libFuzzer, so
// compilers without -fsanitize=fuzzer still run the corpus as a regression
// test. Usage: xsc-scan-fuzz-replay FILE...
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  int replayed = 0;
  for (int i = 1; i < argc; i++) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "xsc-scan-fuzz-replay: cannot open '%s'\n", argv[i]);
      return 1;
    }
    std::vector<uint8_t> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(data.data(), data.size());
    replayed++;
  }
  std::printf("replayed %d inputs\n", replayed);
  return replayed > 0 ? 0 : 1;
}
