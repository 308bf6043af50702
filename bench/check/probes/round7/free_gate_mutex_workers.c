/* TRUTH: free. main holds the start mutex while it fills table[], workers take and drop it before reading, and results[] slots are per-thread and read after the joins. */
#include <pthread.h>
#include <stdio.h>
#define NW 3
#define TN 8
static pthread_mutex_t start = PTHREAD_MUTEX_INITIALIZER;
static int table[TN];
static long results[NW];

static void *worker(void *arg)
{
    long *out = arg;
    long s = 0;
    pthread_mutex_lock(&start);
    pthread_mutex_unlock(&start);
    for (int i = 0; i < TN; i++)
        s += table[i];
    *out = s;
    return NULL;
}

int main(void)
{
    pthread_t th[NW];
    int i;
    pthread_mutex_lock(&start);
    for (i = 0; i < NW; i++)
        pthread_create(&th[i], NULL, worker, &results[i]);
    for (i = 0; i < TN; i++)
        table[i] = i * i;
    pthread_mutex_unlock(&start);
    for (i = 0; i < NW; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < NW; i++)
        printf("%ld\n", results[i]);
    return 0;
}
