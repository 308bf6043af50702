/* TRUTH: race-free. Both threads update hits only with a lock-prefixed incl (an atomic read-modify-write); main reads hits after joining both. */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        __asm__ __volatile__("lock; incl %0" : "+m"(hits) : : "memory");
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
