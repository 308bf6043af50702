/* TRUTH: racy. Each of three workers locks its own acct_lock[id] (through a wrapper) but all add to the shared total: different mutexes, so the updates of total race. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static pthread_mutex_t acct_lock[N];
static long total;

static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *arg)
{
    int id = *(int *)arg;
    take(&acct_lock[id]);
    total += id;
    give(&acct_lock[id]);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&acct_lock[i], NULL);
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
