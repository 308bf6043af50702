/* TRUTH: racy — the sorter qsorts the global 'latency' array in place while main reads its elements */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NL 32
static int latency[NL];

static int asc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void *sorter(void *arg)
{
    (void)arg;
    for (int k = 0; k < 20; k++) {
        qsort(latency, NL, sizeof latency[0], asc);
        usleep(400);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (int i = 0; i < NL; i++)
        latency[i] = (i * 13) % NL;
    pthread_create(&t, NULL, sorter, NULL);
    long p50 = 0;
    for (int i = 0; i < 40; i++) {
        p50 += latency[NL / 2];
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("%ld\n", p50);
    return 0;
}
