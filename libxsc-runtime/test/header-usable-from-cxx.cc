// SPDX-License-Identifier: Apache-2.0
// The public header and the ring ABI header compile as C++ and link: the API is
// usable from C++ programs.
#include <xsc/ring.h>
#include <xsc/runtime.h>

#include <unistd.h>

int main()
{
	static_assert(sizeof(xsc_sqe) == 64, "xsc_sqe is 64 bytes in C++ too");
	static_assert(sizeof(xsc_cqe) == 32, "xsc_cqe is 32 bytes in C++ too");
	if (xsc_syscall_class(__NR_read) != XSC_CLASS_FS)
		return 1;
	return xsc_getpid() == getpid() ? 0 : 1;
}
