/* TRUTH: free — the priority-101 hook starts the prefetch thread and the priority-102 hook joins it, both before main, so main's read comes after the write */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_t pf;
static long prefetched;

static void *prefetch(void *arg)
{
    (void)arg;
    usleep(2000);
    prefetched = 64;
    return NULL;
}

static void start_prefetch(void)
{
    pthread_create(&pf, NULL, prefetch, NULL);
}

static void finish_prefetch(void)
{
    pthread_join(pf, NULL);
}

static void (*const hook_a)(void) __attribute__((section(".init_array.00101"), used)) = start_prefetch;
static void (*const hook_b)(void) __attribute__((section(".init_array.00102"), used)) = finish_prefetch;

int main(void)
{
    printf("prefetched %ld\n", prefetched);
    return 0;
}
