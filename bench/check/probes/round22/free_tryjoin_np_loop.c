/* TRUTH: race-free. main leaves its polling loop only when pthread_tryjoin_np() returned 0, i.e. the worker has terminated and been joined; the worker's store to `crc` therefore happens before main's load. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static unsigned crc;

static void *worker(void *arg)
{
    (void)arg;
    unsigned c = 0;
    for (unsigned i = 0; i < 1000; i++)
        c = c * 31 + i;
    crc = c;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    for (;;) {
        if (pthread_tryjoin_np(t, NULL) == 0)
            break;
        sched_yield();
    }
    printf("%u\n", crc);
    return 0;
}
