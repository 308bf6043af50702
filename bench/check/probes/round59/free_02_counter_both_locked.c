/* TRUTH: free — every access to total in both workers is under the same mutex m; main reads total only after joining both. */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
long total = 0;

void *worker(void *p)
{
    long step = (long)p;
    for (int k = 0; k < 50; ++k) {
        pthread_mutex_lock(&m);
        total += step;
        pthread_mutex_unlock(&m);
    }
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, worker, (void *)1L);
    pthread_create(&t2, 0, worker, (void *)2L);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    printf("total=%ld\n", total);
    return 0;
}
