/* A producer that floods rings as fast as it can (or at a set rate) from N threads: load for the collector. */
#include "fake_producer.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

struct worker {
    pthread_t th;
    const char *dir;
    int pid;
    uint64_t start, seconds, rate, buffer;
    uint64_t emitted, dropped;
};

static void *run(void *arg)
{
    struct worker *w = arg;
    int tid = (int)syscall(SYS_gettid);
    struct weft_ring r;
    if (fp_ring_create(&r, w->dir, w->pid, w->start, tid, (uint32_t)w->buffer) < 0)
        return NULL;
    uint64_t t0 = fp_now(), end = t0 + w->seconds * 1000000000ull, i = 0;
    struct weft_event e;
    memset(&e, 0, sizeof(e));
    e.call = WEFT_CALL_READ;
    e.fd_kind = WEFT_FD_FILE;
    for (uint64_t now = t0; now < end; i++) {
        if ((i & 255) == 0) {
            now = fp_now();
            /* Rate-limited: sleep until this event is due, leaving the CPU to the collector. */
            while (w->rate && (now - t0) * w->rate < i * 1000000000ull && now < end) {
                struct timespec ts = {0, 50000};
                nanosleep(&ts, NULL);
                now = fp_now();
            }
        }
        e.ts = now;
        e.u.e.dur = 1500;
        e.u.e.obj = 3;
        e.u.e.ret = 4096;
        e.u.e.site = (uint64_t)(uintptr_t)&run;
        if (fp_emit(&r, &e, NULL, 0) == 0)
            w->emitted++;
        r.calls[WEFT_CALL_READ].count++;
    }
    w->dropped = r.h->dropped;
    fp_thread_done(&r, fp_now(), 0);
    fp_ring_unmap(&r);
    return NULL;
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    uint64_t threads = 2, seconds = 3, rate = 0, buffer = WEFT_RING_DEFAULT_CAPACITY;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
        else if (!strcmp(argv[i], "--threads"))
            threads = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--seconds"))
            seconds = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--rate"))
            rate = strtoull(argv[i + 1], NULL, 10); /* per thread, events/s; 0 = unlimited */
        else if (!strcmp(argv[i], "--buffer"))
            buffer = strtoull(argv[i + 1], NULL, 10);
    }
    if (!dir || !threads || threads > 64) {
        fputs("usage: weft_flood --dir DIR [--threads N] [--seconds S] [--rate EV_PER_S_PER_THREAD] [--buffer N]\n",
              stderr);
        return 2;
    }
    int pid = getpid();
    uint64_t start = fp_now();
    struct weft_proc_file *p = fp_proc_create(dir, pid, getppid(), start, 0, "weft_flood\0", 12);
    if (!p)
        return 1;
    struct worker w[64];
    for (uint64_t i = 0; i < threads; i++) {
        w[i] = (struct worker){.dir = dir, .pid = pid, .start = start, .seconds = seconds, .rate = rate,
                               .buffer = buffer};
        pthread_create(&w[i].th, NULL, run, &w[i]);
    }
    uint64_t emitted = 0, dropped = 0;
    for (uint64_t i = 0; i < threads; i++) {
        pthread_join(w[i].th, NULL);
        emitted += w[i].emitted;
        dropped += w[i].dropped;
    }
    uint64_t end = fp_now();
    p->end_ns = end;
    p->exit_code = 0;
    p->exited = 1;
    printf("emitted %llu dropped %llu seconds %.3f rate %.0f/s\n", (unsigned long long)emitted,
           (unsigned long long)dropped, (double)(end - start) / 1e9, (double)emitted * 1e9 / (double)(end - start));
    return 0;
}
