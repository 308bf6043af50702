/* TRUTH: race-free. Both threads increment ticks only with 'lock incl ticks(%rip)', an atomic read-modify-write; main reads it after joining both. */
#include <pthread.h>
#include <stdio.h>

int ticks;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        __asm__ __volatile__("lock incl ticks(%%rip)" ::: "memory", "cc");
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ticks);
    return 0;
}
