/* TRUTH: racy. A worker publishes the address of its local tally in a global under a lock, then keeps writing tally unlocked while main reads it through the published pointer. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int *published;
static int stop;

static void *worker(void *arg)
{
    int tally = 0;
    (void)arg;
    pthread_mutex_lock(&m);
    published = &tally;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 1000; i++)
        tally++;
    pthread_mutex_lock(&m);
    while (!stop)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    int seen;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    while (!published)
        pthread_cond_wait(&cv, &m);
    seen = *published;
    stop = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", seen);
    return 0;
}
