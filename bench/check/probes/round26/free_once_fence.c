/* TRUTH: race-free. cfg is written only by init_cfg under pthread_once and read after each
   thread's own pthread_once call. payload is written by producer before a release fence and a
   relaxed store of flag; consumer spins on a relaxed load and issues an acquire fence before
   reading payload. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static int cfg;
static int payload;
static atomic_int flag;

static void init_cfg(void)
{
    cfg = 16;
}

static void *producer(void *arg)
{
    (void)arg;
    pthread_once(&cfg_once, init_cfg);
    payload = cfg * 2;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    pthread_once(&cfg_once, init_cfg);
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    return (void *)(long)(payload + cfg);
}

int main(void)
{
    pthread_t p, c;
    void *r;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, &r);
    printf("%ld\n", (long)r);
    return 0;
}
