/* TRUTH: free — each worker writes partial[id] before pthread_barrier_wait; only the thread that got PTHREAD_BARRIER_SERIAL_THREAD reads all partials (after the barrier) and writes grand; main reads grand after joins. */
#include <pthread.h>
#include <stdio.h>

#define P 4
static pthread_barrier_t bar;
static long partial[P];
static long grand;

static void *reduce(void *a)
{
    long id = (long)a;
    partial[id] = (id + 1) * (id + 1);
    int r = pthread_barrier_wait(&bar);
    if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
        long s = 0;
        for (int i = 0; i < P; i++)
            s += partial[i];
        grand = s;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[P];
    pthread_barrier_init(&bar, NULL, P);
    for (long i = 0; i < P; i++)
        pthread_create(&t[i], NULL, reduce, (void *)i);
    for (int i = 0; i < P; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%ld\n", grand);
    return 0;
}
