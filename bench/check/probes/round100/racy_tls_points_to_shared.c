/* TRUTH: racy — the per-thread pointer defaults to one shared static buffer, which both threads then write */
#include <pthread.h>
#include <stdio.h>

static char default_errbuf[128];
static __thread char *errbuf;

static void set_error(const char *msg, int code)
{
    if (!errbuf)
        errbuf = default_errbuf;
    snprintf(errbuf, 128, "%s (%d)", msg, code);
}

static void *worker(void *arg)
{
    set_error("worker failed", (int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    puts(default_errbuf);
    return 0;
}
