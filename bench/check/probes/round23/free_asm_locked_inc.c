/* TRUTH: race-free. both workers increment hits only with "lock; incl" (an atomic read-modify-write of the aligned int); main reads hits only after joining them. */
#include <pthread.h>
#include <stdio.h>

int hits;

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
