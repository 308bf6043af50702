/* TRUTH: racy. stage1 publishes buf with a release store of s1_done and then bumps
   `generation` in publish_done(); stage3 waits for both flags and reads generation, which is
   written after the store stage3 synchronized with. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define LEN 8
static int buf[LEN], squared[LEN];
static int generation;
static atomic_int s1_done, s2_done;

static void publish_done(atomic_int *flag)
{
    atomic_store_explicit(flag, 1, memory_order_release);
}

static void *stage1(void *arg)
{
    (void)arg;
    for (int i = 0; i < LEN; i++)
        buf[i] = i + 1;
    publish_done(&s1_done);
    generation++; /* bookkeeping after the hand-off */
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&s1_done, memory_order_acquire))
        ;
    for (int i = 0; i < LEN; i++)
        squared[i] = buf[i] * buf[i];
    publish_done(&s2_done);
    return NULL;
}

static void *stage3(void *arg)
{
    long total = 0;
    (void)arg;
    while (!atomic_load_explicit(&s2_done, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&s1_done, memory_order_acquire))
        ;
    for (int i = 0; i < LEN; i++)
        total += squared[i] + buf[i];
    printf("%ld gen %d\n", total, generation);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    pthread_create(&t[2], NULL, stage3, NULL);
    pthread_create(&t[1], NULL, stage2, NULL);
    pthread_create(&t[0], NULL, stage1, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
