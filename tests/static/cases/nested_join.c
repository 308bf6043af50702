// Main joins, through a global handle, a thread that another thread started: while main
// held a lock from starting the spawner until that join, the child ran inside main's section.
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_t child, stray;
static int inside, outside;

static void *grandchild(void *arg)
{
    (void)arg;
    inside++; // NORACE: joined by main before main released m
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

int main(void)
{
    pthread_t s, l;
    pthread_create(&l, NULL, locker, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&s, NULL, spawner, NULL);
    pthread_join(child, NULL);
    if (getenv("JOIN"))
        pthread_join(stray, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(s, NULL);
    pthread_join(l, NULL);
    return 0;
}
