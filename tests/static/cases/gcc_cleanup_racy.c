// The racy twin of gcc_cleanup.c: the cleanup function runs when its variable leaves the
// block, in the thread that leaves it; its accesses are that thread's. One released before
// the access below it leaves that access unprotected.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, counter;

static void touch(int *p)
{
    (void)p;
    g = 1; // RACE (definite): run by the worker when v leaves its block
}

static void unlock_it(pthread_mutex_t **l)
{
    pthread_mutex_unlock(*l);
}

static void *worker(void *arg)
{
    (void)arg;
    {
        int v __attribute__((cleanup(touch))) = 0;
        (void)v;
    }
    {
        pthread_mutex_t *l __attribute__((cleanup(unlock_it))) = &m;
        pthread_mutex_lock(l);
    }
    counter++; // RACE: the block's end released m
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    g = 2; // RACE (definite)
    pthread_mutex_lock(&m);
    counter++; // RACE
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
