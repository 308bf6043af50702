/* TRUTH: free — main qsorts 'latency' before it creates the readers, and the readers only read it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NL 32
static int latency[NL];

static int asc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void *reader(void *arg)
{
    long q = (long)arg;
    long s = 0;
    for (int k = 0; k < 100; k++)
        s += latency[(NL * q) / 4];
    return (void *)s;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < NL; i++)
        latency[i] = (i * 13) % NL;
    qsort(latency, NL, sizeof latency[0], asc);
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, reader, (void *)(i + 1));
    for (long i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", latency[NL / 2]);
    return 0;
}
