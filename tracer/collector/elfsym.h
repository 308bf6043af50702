/* ELF lookups for the collector: file offset to link-time address, address to symbol. */
#ifndef WEFT_COLLECTOR_ELFSYM_H
#define WEFT_COLLECTOR_ELFSYM_H

#include <stdint.h>

/* Link-time virtual address of FILE_OFF in the module at PATH; 0, or -1 if unknown. */
int weft__elf_vaddr(const char *path, uint64_t file_off, uint64_t *vaddr);
/* Name of the function or object containing VADDR (malloc'd), or NULL. */
char *weft__elf_symbol(const char *path, uint64_t vaddr);
/* Unmaps every module read so far. */
void weft__modules_free(void);

#endif
