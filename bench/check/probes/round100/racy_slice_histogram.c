/* TRUTH: racy — threads scan disjoint slices but all increment the shared hist[] buckets unlocked */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define LEN 4096
#define BUCKETS 16

static unsigned char input[LEN];
static int hist[BUCKETS];

static void *count(void *arg)
{
    int id = (int)(long)arg;
    int chunk = LEN / NT;
    for (int i = id * chunk; i < (id + 1) * chunk; i++)
        hist[input[i] % BUCKETS]++;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < LEN; i++)
        input[i] = (unsigned char)(i * 7);
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, count, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    for (int b = 0; b < BUCKETS; b++)
        printf("%d ", hist[b]);
    putchar('\n');
    return 0;
}
