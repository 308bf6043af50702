/* TRUTH: free. each thread accumulates into its own _Thread_local and merges into grand_total under a mutex. */
#include <pthread.h>
#include <stdio.h>
static _Thread_local long local_sum;
static long grand_total;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void add(long v) { local_sum += v; }

static void *worker(void *p)
{
    long base = (long)p;
    for (long i = 0; i < 5; i++)
        add(base + i);
    pthread_mutex_lock(&m);
    grand_total += local_sum;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, (void *)(i * 10));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", grand_total);
    return 0;
}
