/* TRUTH: racy. ticker increments tick_count with a plain (unlocked) x86 `addl` that names the
   symbol directly in the template; resetter stores tick_count = 0 in C. The two writes to the
   same int in two threads are unordered. */
#include <pthread.h>
#include <stdio.h>

int tick_count;

static void *ticker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++)
        __asm__ __volatile__("addl $1, tick_count(%%rip)" ::: "memory", "cc");
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    tick_count = 0;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, ticker, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", tick_count);
    return 0;
}
