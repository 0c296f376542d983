/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The libxsc-runtime example: opens a file, writes, reads it back, fstats it,
 * sleeps and prints, making every system call through the runtime. It holds no
 * trap instruction, so it builds under -fplugin=xsc-enforce and scans clean.
 * Usage: xsc-example [DIR]   (default: $TMPDIR or /tmp)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <xsc/runtime.h>

static int say(const char *text)
{
	size_t len = strlen(text);

	return xsc_write(1, text, len) == (long)len ? 0 : -1;
}

int main(int argc, char **argv)
{
	static const char msg[] = "written and read back through the xsc ring\n";
	const char *dir = argc > 1 ? argv[1] : getenv("TMPDIR");
	struct timespec nap = { 0, 50 * 1000 * 1000 };
	char path[512], buf[sizeof(msg)], line[640];
	struct stat st;
	long fd, n;

	snprintf(path, sizeof(path), "%s/xsc-example-%ld.txt", dir ? dir : "/tmp", xsc_getpid());
	fd = xsc_open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0) {
		snprintf(line, sizeof(line), "xsc-example: open '%s': %s\n", path, strerror((int)-fd));
		xsc_write(2, line, strlen(line));
		return 1;
	}
	if (xsc_write((int)fd, msg, sizeof(msg) - 1) != (long)sizeof(msg) - 1 ||
	    xsc_lseek((int)fd, 0, SEEK_SET) != 0)
		return 1;
	memset(buf, 0, sizeof(buf));
	n = xsc_read((int)fd, buf, sizeof(buf) - 1);
	if (n != (long)sizeof(msg) - 1 || memcmp(buf, msg, (size_t)n) != 0)
		return 1;
	if (xsc_fstat((int)fd, &st) != 0 || st.st_size != n)
		return 1;
	if (xsc_nanosleep(&nap, NULL) != 0)
		return 1;
	snprintf(line, sizeof(line), "backend %s: %ld bytes, size %lld, mode %o: %s",
		 xsc_backend_name(), n, (long long)st.st_size, (unsigned)(st.st_mode & 0777), buf);
	if (say(line))
		return 1;
	xsc_close((int)fd);
	xsc_unlink(path);
	return 0;
}
