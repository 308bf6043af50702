/* TRUTH: racy. pthread_cond_wait releases the mutex main took before create; the thread passes its lock, then reads x outside it while main (after waking) writes x. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int x;
static int seen;

static void *helper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    seen = x;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, helper, NULL);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    x = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", seen);
    return 0;
}
