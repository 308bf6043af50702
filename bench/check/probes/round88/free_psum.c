/* Race-free: each thread sums its slice into partial[id] (its own slot), main combines
   the partial sums only after joining every thread. */
#include <pthread.h>
#include <stdio.h>

#define N 10000
#define NT 4

static int data[N];
static long partial[NT];

static void *sum_slice(void *arg)
{
    int id = *(int *)arg;
    int lo = id * (N / NT), hi = (id == NT - 1) ? N : lo + N / NT;
    long s = 0;
    for (int i = lo; i < hi; i++)
        s += data[i];
    partial[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int ids[NT];
    long total = 0;
    for (int i = 0; i < N; i++)
        data[i] = i % 7;
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, sum_slice, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++)
        total += partial[i];
    printf("%ld\n", total);
    return 0;
}
