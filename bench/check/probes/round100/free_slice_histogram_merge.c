/* TRUTH: free — each thread fills a private histogram, then merges it into hist[] under a mutex */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NT 4
#define LEN 4096
#define BUCKETS 16

static unsigned char input[LEN];
static int hist[BUCKETS];
static pthread_mutex_t hist_lock = PTHREAD_MUTEX_INITIALIZER;

static void *count(void *arg)
{
    int id = (int)(long)arg;
    int chunk = LEN / NT;
    int mine[BUCKETS];
    memset(mine, 0, sizeof mine);
    for (int i = id * chunk; i < (id + 1) * chunk; i++)
        mine[input[i] % BUCKETS]++;
    pthread_mutex_lock(&hist_lock);
    for (int b = 0; b < BUCKETS; b++)
        hist[b] += mine[b];
    pthread_mutex_unlock(&hist_lock);
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
