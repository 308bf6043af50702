/* TRUTH: racy. counter_a's thread registers take_lock with atexit (it runs only at exit) and then does shared++ holding no lock; the other thread's shared++ under m runs concurrently with it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long shared;

static void take_lock(void) { pthread_mutex_lock(&m); }

static void *counter_a(void *arg)
{
    (void)arg;
    atexit(take_lock);
    shared++;
    return NULL;
}

static void *counter_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shared++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, counter_a, NULL);
    pthread_create(&b, NULL, counter_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shared);
    return 0;
}
