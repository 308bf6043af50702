/* A stand-in for libweft-preload.so in tests and benches: ring and process files written by the runtime's own producer. */
#ifndef WEFT_TESTS_FAKE_PRODUCER_H
#define WEFT_TESTS_FAKE_PRODUCER_H

#include "weft_rt.h"

#include <stddef.h>
#include <stdint.h>

uint64_t fp_now(void);
/*
 * Creates DIR/<pid>-<start>.proc through weft__proc_create, then sets its argv
 * (NUL-separated, "a\0b\0").  Returns the mapping or NULL.
 */
struct weft_proc_file *fp_proc_create(const char *dir, int pid, int ppid, uint64_t start_ns,
                                      uint64_t parent_start_ns, const char *argv, size_t argv_len);
/* Creates DIR/<pid>-<start>-<tid>.ring with CAPACITY events (a power of two). Returns 0 or -errno. */
int fp_ring_create(struct weft_ring *r, const char *dir, int pid, uint64_t proc_start_ns, int tid,
                   uint32_t capacity);
/* Publishes E and LEN bytes of TEXT as continuation records; 0, or -ENOBUFS when full (counted). */
int fp_emit(struct weft_ring *r, const struct weft_event *e, const char *text, size_t len);
/* Marks the thread ended. */
void fp_thread_done(struct weft_ring *r, uint64_t end_ns, uint64_t cpu_ns);
void fp_ring_unmap(struct weft_ring *r);

#endif
