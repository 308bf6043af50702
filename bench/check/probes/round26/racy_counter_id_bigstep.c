/* TRUTH: racy. rebase() moves seq back by one (2^32 - 1 added in steps 0x7fffffff,
   0x7fffffff, 1 on a 32-bit counter). After producer #1 draws 0 (seq 1), rebase makes seq 0
   and producer #2 draws 0 too: both write ring[0] concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static int ring[64];

static void *producer(void *arg)
{
    unsigned id = atomic_fetch_add(&seq, 1);
    if (id < 64)
        ring[id] = (int)(long)arg;
    return NULL;
}

static void *rebase(void *arg)
{
    (void)arg;
    /* give the last id back: + (2^32 - 1), in steps the API accepts */
    atomic_fetch_add(&seq, 0x7fffffff);
    atomic_fetch_add(&seq, 0x7fffffff);
    atomic_fetch_add(&seq, 1);
    return NULL;
}

int main(void)
{
    pthread_t p1, p2, r;
    pthread_create(&p1, NULL, producer, (void *)1);
    pthread_create(&r, NULL, rebase, NULL);
    pthread_create(&p2, NULL, producer, (void *)2);
    pthread_join(p1, NULL);
    pthread_join(r, NULL);
    pthread_join(p2, NULL);
    printf("%d %d\n", ring[0], ring[1]);
    return 0;
}
