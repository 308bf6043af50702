/* A contended mutex (held 100 ms by "holder"), an uncontended one, and nested locks for lock order. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t hot = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t quiet = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t outer = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t inner = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t ready;

static void *holder(void *arg)
{
    (void)arg;
    pthread_setname_np(pthread_self(), "holder");
    pthread_mutex_lock(&hot);
    pthread_barrier_wait(&ready);
    nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
    pthread_mutex_unlock(&hot);
    return NULL;
}

int main(void)
{
    pthread_t t;

    pthread_barrier_init(&ready, NULL, 2);
    pthread_create(&t, NULL, holder, NULL);
    pthread_barrier_wait(&ready);
    pthread_mutex_lock(&hot); /* waits about 100 ms for holder */
    pthread_mutex_unlock(&hot);
    pthread_join(t, NULL);
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&quiet);
        pthread_mutex_unlock(&quiet);
    }
    pthread_mutex_lock(&outer);
    pthread_mutex_lock(&inner);
    pthread_mutex_unlock(&inner);
    pthread_mutex_unlock(&outer);
    printf("hot=%p quiet=%p outer=%p inner=%p\n", (void *)&hot, (void *)&quiet, (void *)&outer,
           (void *)&inner);
    return 0;
}
