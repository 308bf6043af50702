/* A stand-in for libweft-preload.so in tests and benches: thin calls into the runtime's producer (one ring implementation). */
#include "fake_producer.h"

#include <string.h>

uint64_t fp_now(void)
{
    return weft__now();
}

struct weft_proc_file *fp_proc_create(const char *dir, int pid, int ppid, uint64_t start_ns,
                                      uint64_t parent_start_ns, const char *argv, size_t argv_len)
{
    struct weft_proc_file *p;
    if (weft__proc_create(&p, dir, pid, ppid, start_ns, parent_start_ns, 0) < 0)
        return NULL;
    if (argv_len > sizeof(p->argv) - 2)
        argv_len = sizeof(p->argv) - 2;
    memset(p->argv, 0, sizeof(p->argv));
    memcpy(p->argv, argv, argv_len);
    return p;
}

int fp_ring_create(struct weft_ring *r, const char *dir, int pid, uint64_t proc_start_ns, int tid,
                   uint32_t capacity)
{
    return weft__ring_create(r, dir, capacity, pid, tid, proc_start_ns, weft__now());
}

int fp_emit(struct weft_ring *r, const struct weft_event *e, const char *text, size_t len)
{
    return weft__ring_emit(r, e, text, len);
}

void fp_thread_done(struct weft_ring *r, uint64_t end_ns, uint64_t cpu_ns)
{
    weft__ring_finish(r, end_ns, cpu_ns);
}

void fp_ring_unmap(struct weft_ring *r)
{
    weft__ring_unmap(r);
}
