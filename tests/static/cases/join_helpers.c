// Joins inside helpers that main calls from several places: a helper's run is reused
// (memoized) with what its joins did, the handles main surely joined and the locks it
// held at each join, so the helpers order threads as the same joins written inline.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_t child, stray, direct;
static int inside, outside, after;

static void *grandchild(void *arg)
{
    (void)arg;
    inside++; // NORACE: main joins it (on both paths, through wait_child) before releasing m
    return NULL;
}

static void *loose(void *arg)
{
    (void)arg;
    outside++; // RACE: main joins it on one path only before releasing m
    return NULL;
}

static void *spawner(void *arg)
{
    (void)arg;
    pthread_create(&child, NULL, grandchild, NULL);
    pthread_create(&stray, NULL, loose, NULL);
    return NULL;
}

static void *locker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    inside++; // NORACE
    outside++; // RACE
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    after++; // RACE: main's first write is before the join
    return NULL;
}

static void wait_child(void)
{
    pthread_join(child, NULL);
}

static void wait_stray(void)
{
    pthread_join(stray, NULL);
}

static void wait_direct(void)
{
    pthread_join(direct, NULL);
}

int main(void)
{
    pthread_t s, l;
    pthread_create(&l, NULL, locker, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&s, NULL, spawner, NULL);
    if (getenv("A"))
        wait_child();
    else
        wait_child();
    if (getenv("JOIN"))
        wait_stray();
    pthread_mutex_unlock(&m);
    pthread_join(s, NULL);
    pthread_join(l, NULL);
    pthread_create(&direct, NULL, worker, NULL);
    after = 1; // RACE
    wait_direct();
    after = 2; // NORACE: joined
    wait_direct();
    after = 3; // NORACE
    return 0;
}
