/* Racy: each thread adds its local sum straight into the shared 'total' without a lock
   (the mutex is declared but the student forgot to use it). */
#include <pthread.h>
#include <stdio.h>

#define N 10000
#define NT 4

static int data[N];
static long total;
static pthread_mutex_t total_m = PTHREAD_MUTEX_INITIALIZER;

static void *sum_slice(void *arg)
{
    int id = *(int *)arg;
    int lo = id * (N / NT), hi = (id == NT - 1) ? N : lo + N / NT;
    long s = 0;
    for (int i = lo; i < hi; i++)
        s += data[i];
    total += s;            /* BUG: should be under total_m */
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int ids[NT];
    for (int i = 0; i < N; i++)
        data[i] = i % 7;
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, sum_slice, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    pthread_mutex_destroy(&total_m);
    printf("%ld\n", total);
    return 0;
}
