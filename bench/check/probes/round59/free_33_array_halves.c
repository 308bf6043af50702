/* TRUTH: free — thread 0 writes vec[0..N/2) and thread 1 writes vec[N/2..N); the ranges are disjoint; main reads vec after joining both. */
#include <pthread.h>
#include <stdio.h>

#define N 100
static int vec[N];

struct range { int lo, hi; };

static void *fill_range(void *p)
{
    const struct range *r = p;
    for (int i = r->lo; i < r->hi; i++)
        vec[i] = i * 3;
    return NULL;
}

int main(void)
{
    struct range r[2] = { { 0, N / 2 }, { N / 2, N } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, fill_range, &r[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += vec[i];
    printf("%ld\n", s);
    return 0;
}
