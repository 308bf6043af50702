/* TRUTH: racy. The barrier is initialized for 2 but four threads (filler, two readers, main) wait once each. The first generation can be the two readers: they pass the barrier and read `slot` while filler, which has not reached the barrier yet, writes slot (filler's write vs reader's read, unordered). */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int slot;

static void *filler(void *arg)
{
    (void)arg;
    slot = 5;
    pthread_barrier_wait(&bar);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    printf("%d\n", slot);
    return NULL;
}

int main(void)
{
    pthread_t f, r1, r2;
    pthread_barrier_init(&bar, NULL, 2); /* should be 4 */
    pthread_create(&f, NULL, filler, NULL);
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_barrier_wait(&bar);
    pthread_join(f, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    return 0;
}
