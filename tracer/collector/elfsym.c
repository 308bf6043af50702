/* Reads ELF program headers and symbol tables of mapped modules: addresses to link-time offsets and names. */
#include "elfsym.h"

#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct module {
    char *path;
    const unsigned char *base; /* whole file, read-only; NULL if not a readable ELF64 */
    size_t size;
    const Elf64_Phdr *ph;
    size_t phnum;
    const Elf64_Sym *syms;
    size_t nsyms;
    const char *strtab;
    size_t strsize;
};

static struct module *mods;
static size_t nmods, mods_cap;

static void load(struct module *m)
{
    int fd = open(m->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size < sizeof(Elf64_Ehdr)) {
        close(fd);
        return;
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return;
    const Elf64_Ehdr *eh = p;
    size_t size = (size_t)st.st_size;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_phoff + (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > size ||
        eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > size) {
        munmap(p, size);
        return;
    }
    m->base = p;
    m->size = size;
    m->ph = (const Elf64_Phdr *)(m->base + eh->e_phoff);
    m->phnum = eh->e_phnum;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(m->base + eh->e_shoff);
    /* The full symbol table when the file has one, else the dynamic one. */
    for (int want = SHT_SYMTAB; want; want = want == SHT_SYMTAB ? SHT_DYNSYM : 0) {
        for (size_t i = 0; i < eh->e_shnum; i++) {
            if (sh[i].sh_type != (Elf64_Word)want || sh[i].sh_link >= eh->e_shnum)
                continue;
            const Elf64_Shdr *str = &sh[sh[i].sh_link];
            if (sh[i].sh_offset + sh[i].sh_size > size || str->sh_offset + str->sh_size > size)
                continue;
            m->syms = (const Elf64_Sym *)(m->base + sh[i].sh_offset);
            m->nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
            m->strtab = (const char *)m->base + str->sh_offset;
            m->strsize = str->sh_size;
            return;
        }
    }
}

static struct module *module(const char *path)
{
    for (size_t i = 0; i < nmods; i++)
        if (!strcmp(mods[i].path, path))
            return &mods[i];
    if (nmods == mods_cap) {
        size_t ncap = mods_cap ? mods_cap * 2 : 16;
        struct module *n = realloc(mods, ncap * sizeof(*n));
        if (!n)
            return NULL;
        mods = n;
        mods_cap = ncap;
    }
    struct module *m = &mods[nmods];
    memset(m, 0, sizeof(*m));
    m->path = strdup(path);
    if (!m->path)
        return NULL;
    nmods++;
    load(m);
    return m;
}

int weft__elf_vaddr(const char *path, uint64_t file_off, uint64_t *vaddr)
{
    struct module *m = module(path);
    if (!m || !m->base)
        return -1;
    for (size_t i = 0; i < m->phnum; i++) {
        const Elf64_Phdr *ph = &m->ph[i];
        if (ph->p_type == PT_LOAD && file_off >= ph->p_offset && file_off < ph->p_offset + ph->p_memsz) {
            *vaddr = file_off - ph->p_offset + ph->p_vaddr;
            return 0;
        }
    }
    return -1;
}

char *weft__elf_symbol(const char *path, uint64_t vaddr)
{
    struct module *m = module(path);
    if (!m || !m->syms)
        return NULL;
    const Elf64_Sym *best = NULL;
    for (size_t i = 0; i < m->nsyms; i++) {
        const Elf64_Sym *s = &m->syms[i];
        int type = ELF64_ST_TYPE(s->st_info);
        /* Not STT_TLS: its value is an offset in the TLS block, not an address, so a
         * thread-local buffer at offset 0 would "contain" every low code address. */
        if ((type != STT_OBJECT && type != STT_FUNC) || !s->st_name ||
            s->st_name >= m->strsize || s->st_shndx == SHN_UNDEF)
            continue;
        if (vaddr >= s->st_value && vaddr < s->st_value + (s->st_size ? s->st_size : 1)) {
            best = s;
            if (ELF64_ST_BIND(s->st_info) != STB_LOCAL)
                break; /* prefer a global name over a local alias */
        }
    }
    if (!best)
        return NULL;
    const char *name = m->strtab + best->st_name;
    return strndup(name, m->strsize - best->st_name);
}

void weft__modules_free(void)
{
    for (size_t i = 0; i < nmods; i++) {
        if (mods[i].base)
            munmap((void *)mods[i].base, mods[i].size);
        free(mods[i].path);
    }
    free(mods);
    mods = NULL;
    nmods = mods_cap = 0;
}
