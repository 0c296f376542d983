// SPDX-License-Identifier: Apache-2.0
// Baseline for the scanner benchmark: a linear Capstone sweep over every executable
// region, defined as xsc-scan defines them (PF_X PT_LOAD segments of linked files,
// SHF_EXECINSTR sections of relocatable objects). Every offset and size read from an
// input is bounds-checked against the image before any byte is touched.
#include "xsc/trap_table.h"

#include <capstone/capstone.h>
#include <dirent.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace {

const char usage_text[] =
    "usage: xsc-capstone-sweep [-q] PATH...\n"
    "Linearly sweeps the executable regions of each ELF file (directories are walked\n"
    "recursively, symlinks inside them are not followed) and prints each trap as\n"
    "PATH<TAB>KIND<TAB>0xADDR (relocatable objects: SECTION+0xOFF), one line per\n"
    "trap, and '#image' (name, arch, type, executable bytes, traps), '#file' (files\n"
    "holding a supported image) and '#unsupported' lines, then one '#total' line.\n"
    "  -q  print only the '#total' line\n";

// One trap row of an architecture, keyed by Capstone instruction id.
struct TrapId {
	unsigned id;
	xsc_trap_kind kind;
	int64_t immediate;
};

struct Totals {
	uint64_t files = 0, elf = 0, not_elf = 0, unsupported = 0, errors = 0;
	uint64_t exec_bytes = 0, traps = 0;
};

// Owns a Capstone handle.
class Capstone {
public:
	Capstone(cs_arch arch, cs_mode mode, bool detail)
	{
		if (cs_open(arch, mode, &h_) != CS_ERR_OK) {
			h_ = 0;
			return;
		}
		if (detail)
			cs_option(h_, CS_OPT_DETAIL, CS_OPT_ON);
		insn_ = cs_malloc(h_);
	}
	~Capstone()
	{
		if (insn_)
			cs_free(insn_, 1);
		if (h_)
			cs_close(&h_);
	}
	Capstone(const Capstone &) = delete;
	Capstone &operator=(const Capstone &) = delete;
	bool ok() const { return h_ != 0 && insn_ != nullptr; }
	csh handle() const { return h_; }
	cs_insn *insn() const { return insn_; }

private:
	csh h_ = 0;
	cs_insn *insn_ = nullptr;
};

// One architecture's sweeper: a fast handle without detail, and a detail handle used
// only to read the immediate of a candidate whose table row requires one.
struct ArchSweeper {
	xsc_arch arch;
	Capstone fast, detail;
	size_t skip; // bytes skipped on an undecodable position, as objdump does
	std::vector<TrapId> ids;

	ArchSweeper(xsc_arch a, cs_arch ca, cs_mode mode, size_t s)
	    : arch(a), fast(ca, mode, false), detail(ca, mode, true), skip(s)
	{
		size_t n = 0;
		const xsc_trap *t = xsc_traps_for_arch(a, &n);
		for (size_t i = 0; t && i < n; i++)
			ids.push_back({t[i].capstone_id, t[i].kind, t[i].immediate});
	}
};

// Owns a libelf descriptor.
struct ElfCloser {
	void operator()(Elf *e) const { elf_end(e); }
};

// Owns a file descriptor.
class Fd {
public:
	explicit Fd(int fd) : fd_(fd) {}
	~Fd()
	{
		if (fd_ >= 0)
			close(fd_);
	}
	Fd(const Fd &) = delete;
	Fd &operator=(const Fd &) = delete;
	int get() const { return fd_; }

private:
	int fd_;
};

bool checked_end(uint64_t off, uint64_t len, uint64_t limit)
{
	uint64_t end;
	if (__builtin_add_overflow(off, len, &end))
		return false;
	return end <= limit;
}

class Sweep {
public:
	Sweep(bool quiet)
	    : quiet_(quiet), x86_64_(XSC_ARCH_X86_64, CS_ARCH_X86, CS_MODE_64, 1),
	      i386_(XSC_ARCH_I386, CS_ARCH_X86, CS_MODE_32, 1),
	      aarch64_(XSC_ARCH_AARCH64, CS_ARCH_ARM64, CS_MODE_ARM, 4)
	{
	}

	bool ok() const
	{
		for (const ArchSweeper *s : {&x86_64_, &i386_, &aarch64_})
			if (!s->fast.ok() || !s->detail.ok())
				return false;
		return true;
	}

	void walk(const std::string &path, bool top)
	{
		struct stat st;
		if ((top ? stat(path.c_str(), &st) : lstat(path.c_str(), &st)) != 0) {
			std::fprintf(stderr, "xsc-capstone-sweep: error: cannot stat '%s': %s\n",
				     path.c_str(), std::strerror(errno));
			totals_.errors++;
			return;
		}
		if (S_ISDIR(st.st_mode)) {
			walk_dir(path);
			return;
		}
		if (!S_ISREG(st.st_mode))
			return; // symlinks met while walking, FIFOs, devices, sockets
		scan_file(path);
	}

	void print_totals()
	{
		flush();
		std::printf("#total\tfiles=%" PRIu64 "\telf=%" PRIu64 "\tnot_elf=%" PRIu64
			    "\tunsupported=%" PRIu64 "\terrors=%" PRIu64 "\texec_bytes=%" PRIu64
			    "\ttraps=%" PRIu64 "\n",
			    totals_.files, totals_.elf, totals_.not_elf, totals_.unsupported,
			    totals_.errors, totals_.exec_bytes, totals_.traps);
	}

	bool had_errors() const { return totals_.errors != 0; }

private:
	void walk_dir(const std::string &dir)
	{
		DIR *d = opendir(dir.c_str());
		if (!d) {
			std::fprintf(stderr, "xsc-capstone-sweep: error: cannot open '%s': %s\n",
				     dir.c_str(), std::strerror(errno));
			totals_.errors++;
			return;
		}
		std::vector<std::string> names;
		while (dirent *e = readdir(d)) {
			if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
				names.emplace_back(e->d_name);
		}
		closedir(d);
		std::sort(names.begin(), names.end());
		std::string prefix = dir;
		if (prefix.empty() || prefix.back() != '/')
			prefix += '/';
		for (const std::string &n : names)
			walk(prefix + n, false);
	}

	void error(const std::string &name, const char *what)
	{
		std::fprintf(stderr, "xsc-capstone-sweep: error: '%s': %s\n", name.c_str(), what);
		totals_.errors++;
	}

	void scan_file(const std::string &path)
	{
		totals_.files++;
		Fd fd(open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK));
		if (fd.get() < 0) {
			std::fprintf(stderr, "xsc-capstone-sweep: error: cannot open '%s': %s\n",
				     path.c_str(), std::strerror(errno));
			totals_.errors++;
			return;
		}
		std::unique_ptr<Elf, ElfCloser> top(elf_begin(fd.get(), ELF_C_READ_MMAP, nullptr));
		if (!top) {
			totals_.not_elf++;
			return;
		}
		bool any = false;
		if (elf_kind(top.get()) == ELF_K_ELF) {
			any = scan_image(path, top.get());
		} else if (elf_kind(top.get()) == ELF_K_AR) {
			Elf_Cmd cmd = ELF_C_READ_MMAP;
			while (std::unique_ptr<Elf, ElfCloser> m{elf_begin(fd.get(), cmd, top.get())}) {
				const Elf_Arhdr *h = elf_getarhdr(m.get());
				if (h && h->ar_name && elf_kind(m.get()) == ELF_K_ELF)
					any |= scan_image(path + "(" + h->ar_name + ")", m.get());
				cmd = elf_next(m.get());
			}
		} else {
			totals_.not_elf++;
			return;
		}
		// The file list that other tools (objdump) are run on: files holding at
		// least one image of a supported machine.
		if (any && !quiet_)
			out_ += "#file\t" + path + "\n";
	}

	ArchSweeper *sweeper_for(const GElf_Ehdr &eh, const unsigned char *ident)
	{
		switch (eh.e_machine) {
		case EM_X86_64:
			return &x86_64_;
		case EM_386:
			return &i386_;
		case EM_AARCH64:
			return ident[EI_DATA] == ELFDATA2LSB ? &aarch64_ : nullptr;
		default:
			return nullptr;
		}
	}

	// Returns true when the image has a supported machine and was swept.
	bool scan_image(const std::string &name, Elf *elf)
	{
		size_t size = 0;
		const char *raw = elf_rawfile(elf, &size);
		GElf_Ehdr eh;
		if (!raw || !gelf_getehdr(elf, &eh)) {
			error(name, elf_errmsg(-1));
			return false;
		}
		const auto *base = reinterpret_cast<const unsigned char *>(raw);
		ArchSweeper *s = sweeper_for(eh, base);
		if (!s) {
			std::printf("#unsupported\t%s\t%u\n", name.c_str(), unsigned(eh.e_machine));
			totals_.unsupported++;
			return false;
		}
		totals_.elf++;
		found_.clear();
		uint64_t bytes = 0;
		// Region errors are counted where they are reported; the rest is still swept.
		const char *type;
		if (eh.e_type == ET_REL) {
			type = "rel";
			scan_sections(name, elf, base, size, *s, bytes);
		} else if (eh.e_type == ET_EXEC || eh.e_type == ET_DYN) {
			type = eh.e_type == ET_EXEC ? "exec" : "dyn";
			scan_segments(name, elf, base, size, *s, bytes);
		} else {
			error(name, "ELF type is not exec, dyn or rel");
			return false;
		}
		for (const auto &f : found_) {
			const std::string &where = std::get<0>(f);
			char addr[32];
			std::snprintf(addr, sizeof addr, "0x%" PRIx64, std::get<1>(f));
			out_ += name;
			out_ += '\t';
			out_ += xsc_trap_kind_name(std::get<2>(f));
			out_ += '\t';
			if (!where.empty()) {
				out_ += where;
				out_ += '+';
			}
			out_ += addr;
			out_ += '\n';
		}
		if (!quiet_) {
			char line[64];
			std::snprintf(line, sizeof line, "\t%s\t%s\t%" PRIu64 "\t%zu\n",
				      xsc_arch_name(s->arch), type, bytes, found_.size());
			out_ += "#image\t" + name + line;
		} else {
			out_.clear();
		}
		totals_.exec_bytes += bytes;
		totals_.traps += found_.size();
		if (out_.size() > (1u << 20))
			flush();
		return true;
	}

	// Sweeps the PF_X PT_LOAD segments; returns false when a segment lies outside
	// the image (the rest are still swept).
	bool scan_segments(const std::string &name, Elf *elf, const unsigned char *base,
			   size_t size, ArchSweeper &s, uint64_t &bytes)
	{
		size_t n = 0;
		if (elf_getphdrnum(elf, &n) != 0) {
			error(name, elf_errmsg(-1));
			return false;
		}
		bool ok = true;
		for (size_t i = 0; i < n; i++) {
			GElf_Phdr ph;
			if (!gelf_getphdr(elf, int(i), &ph)) {
				error(name, elf_errmsg(-1));
				return false;
			}
			if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X) || ph.p_filesz == 0)
				continue;
			if (!checked_end(ph.p_offset, ph.p_filesz, size)) {
				error(name, "executable segment extends past the end of the file");
				ok = false;
				continue;
			}
			bytes += ph.p_filesz;
			sweep(s, base + ph.p_offset, ph.p_filesz, ph.p_vaddr, std::string());
		}
		return ok;
	}

	// Sweeps the SHF_EXECINSTR sections of a relocatable object.
	bool scan_sections(const std::string &name, Elf *elf, const unsigned char *base,
			   size_t size, ArchSweeper &s, uint64_t &bytes)
	{
		size_t strndx = 0;
		bool have_names = elf_getshdrstrndx(elf, &strndx) == 0;
		bool ok = true;
		for (Elf_Scn *scn = elf_nextscn(elf, nullptr); scn; scn = elf_nextscn(elf, scn)) {
			GElf_Shdr sh;
			if (!gelf_getshdr(scn, &sh)) {
				error(name, elf_errmsg(-1));
				return false;
			}
			if (!(sh.sh_flags & SHF_EXECINSTR) || sh.sh_type == SHT_NOBITS || sh.sh_size == 0)
				continue;
			if (!checked_end(sh.sh_offset, sh.sh_size, size)) {
				error(name, "executable section extends past the end of the file");
				ok = false;
				continue;
			}
			const char *sname = have_names ? elf_strptr(elf, strndx, sh.sh_name) : nullptr;
			bytes += sh.sh_size;
			sweep(s, base + sh.sh_offset, sh.sh_size, 0, sname ? sname : "?");
		}
		return ok;
	}

	// Linear sweep from `code`, skipping s.skip bytes wherever Capstone cannot decode.
	void sweep(ArchSweeper &s, const unsigned char *code, size_t len, uint64_t addr,
		   const std::string &where)
	{
		csh h = s.fast.handle();
		cs_insn *insn = s.fast.insn();
		const uint8_t *p = code;
		size_t n = len;
		uint64_t a = addr;
		while (n > 0) {
			if (!cs_disasm_iter(h, &p, &n, &a, insn)) {
				size_t k = std::min(n, s.skip);
				p += k;
				n -= k;
				a += k;
				continue;
			}
			for (const TrapId &t : s.ids) {
				if (insn->id != t.id)
					continue;
				if (t.immediate >= 0 && immediate_of(s, insn) != t.immediate)
					continue;
				found_.insert({where, insn->address, t.kind});
				break;
			}
		}
	}

	// Re-decodes one instruction with details on and returns its first immediate, or -1.
	static int64_t immediate_of(ArchSweeper &s, const cs_insn *insn)
	{
		const uint8_t *p = insn->bytes;
		size_t n = insn->size;
		uint64_t a = insn->address;
		cs_insn *d = s.detail.insn();
		if (!cs_disasm_iter(s.detail.handle(), &p, &n, &a, d) || !d->detail)
			return -1;
		if (s.arch == XSC_ARCH_AARCH64) {
			const cs_arm64 &x = d->detail->arm64;
			for (uint8_t i = 0; i < x.op_count; i++)
				if (x.operands[i].type == ARM64_OP_IMM)
					return x.operands[i].imm;
			return -1;
		}
		const cs_x86 &x = d->detail->x86;
		for (uint8_t i = 0; i < x.op_count; i++)
			if (x.operands[i].type == X86_OP_IMM)
				return x.operands[i].imm & 0xff;
		return -1;
	}

	void flush()
	{
		std::fwrite(out_.data(), 1, out_.size(), stdout);
		out_.clear();
	}

	bool quiet_;
	Totals totals_;
	ArchSweeper x86_64_, i386_, aarch64_;
	std::set<std::tuple<std::string, uint64_t, xsc_trap_kind>> found_;
	std::string out_;
};

} // namespace

int main(int argc, char **argv)
{
	bool quiet = false;
	std::vector<std::string> paths;
	for (int i = 1; i < argc; i++) {
		if (std::strcmp(argv[i], "-q") == 0) {
			quiet = true;
		} else if (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0) {
			std::fputs(usage_text, stdout);
			return 0;
		} else {
			paths.emplace_back(argv[i]);
		}
	}
	if (paths.empty()) {
		std::fputs(usage_text, stderr);
		return 2;
	}
	if (elf_version(EV_CURRENT) == EV_NONE) {
		std::fprintf(stderr, "xsc-capstone-sweep: error: libelf: %s\n", elf_errmsg(-1));
		return 2;
	}
	Sweep sweep(quiet);
	if (!sweep.ok()) {
		std::fputs("xsc-capstone-sweep: error: cannot open Capstone\n", stderr);
		return 2;
	}
	for (const std::string &p : paths)
		sweep.walk(p, true);
	sweep.print_totals();
	return sweep.had_errors() ? 2 : 0;
}
