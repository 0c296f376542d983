/* SPDX-License-Identifier: Apache-2.0 */
/* Built by the xsc_enforce_helper test through xsc_enforce() from
 * cmake/XscEnforce.cmake: compiles only if the plugin was wired in. */
#ifndef __XSC_ENFORCE__
#error "xsc_enforce() did not load the xsc-enforce plugin"
#endif
int xsc_enforce_helper_check;
