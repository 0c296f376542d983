// SPDX-License-Identifier: Apache-2.0
// The scanner's view of the marker contract from pragmas/.
#pragma once

#include "xsc/allow_trap.h"

namespace xsc {

inline constexpr const char *kAllowTrapSection = XSC_ALLOW_TRAP_SECTION_NAME;

}  // namespace xsc
