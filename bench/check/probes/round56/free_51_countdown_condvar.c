/* TRUTH: free — no join before the read: each worker writes results[id], then under mu decrements `remaining` (and the last one broadcasts); main waits under mu until remaining == 0, so every worker's results write happens-before main's reads. Workers touch nothing after unlocking. */
#include <pthread.h>
#include <stdio.h>

#define NW 3
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t all_done = PTHREAD_COND_INITIALIZER;
static int remaining = NW;
static int results[NW];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    results[id] = (id + 1) * (id + 1);
    pthread_mutex_lock(&mu);
    if (--remaining == 0)
        pthread_cond_broadcast(&all_done);
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        pthread_detach(t[i]);
    }
    pthread_mutex_lock(&mu);
    while (remaining > 0)
        pthread_cond_wait(&all_done, &mu);
    pthread_mutex_unlock(&mu);
    printf("%d\n", results[0] + results[1] + results[2]);
    return 0;
}
