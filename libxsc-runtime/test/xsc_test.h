/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Helpers for the runtime tests: one behaviour per test program; exit 0 on
 * pass, 1 on failure, 77 to skip (with the reason on stderr).
 */
#ifndef XSC_TEST_H
#define XSC_TEST_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xsc/runtime.h>

#define XSC_T_PASS 0
#define XSC_T_FAIL 1
#define XSC_T_SKIP 77

#define XSC_CHECK(cond)                                                              \
	do {                                                                         \
		if (!(cond)) {                                                       \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
				#cond);                                              \
			exit(XSC_T_FAIL);                                            \
		}                                                                    \
	} while (0)

/* Checks that a runtime result equals a native libc result and errno. */
#define XSC_CHECK_SAME(xsc_res, native_res, native_errno)                             \
	do {                                                                          \
		long xr_ = (long)(xsc_res), nr_ = (long)(native_res);                 \
		int ne_ = (native_errno);                                             \
		long want_ = nr_ == -1 ? -(long)ne_ : nr_;                            \
		if (xr_ != want_) {                                                   \
			fprintf(stderr, "%s:%d: %s = %ld, native %s = %ld (errno %d)\n", \
				__FILE__, __LINE__, #xsc_res, xr_, #native_res, nr_, ne_); \
			exit(XSC_T_FAIL);                                             \
		}                                                                     \
	} while (0)

static inline void xsc_test_skip(const char *why)
{
	fprintf(stderr, "skip: %s\n", why);
	exit(XSC_T_SKIP);
}

/* Sets the runtime up as XSC_BACKEND asks; skips when that backend is not
 * available here, fails on any other error. Returns the backend's name. */
static inline const char *xsc_test_setup(void)
{
	const char *want = getenv("XSC_BACKEND");
	int rc = xsc_runtime_init(XSC_BACKEND_AUTO);

	if (rc == -ENODEV || rc == -ENOSYS || rc == -EPERM) {
		fprintf(stderr, "skip: backend '%s' is not available here: %s\n",
			want ? want : "auto", strerror(-rc));
		exit(XSC_T_SKIP);
	}
	if (rc) {
		fprintf(stderr, "xsc_runtime_init: %s\n", strerror(-rc));
		exit(XSC_T_FAIL);
	}
	if (want && strcmp(want, "auto") && strcmp(want, xsc_backend_name())) {
		fprintf(stderr, "backend is '%s', XSC_BACKEND asked for '%s'\n",
			xsc_backend_name(), want);
		exit(XSC_T_FAIL);
	}
	return xsc_backend_name();
}

#endif /* XSC_TEST_H */
