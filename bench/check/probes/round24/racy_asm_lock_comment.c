/* TRUTH: racy. Both threads increment hits with a plain incl (no lock prefix; "lock" only appears in the asm comment): two non-atomic read-modify-writes of hits at once. */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        __asm__ __volatile__("incl %0  # plain add, no lock needed here" : "+m"(hits));
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
