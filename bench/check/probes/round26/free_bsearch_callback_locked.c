/* TRUTH: race-free. searcher holds m across bsearch, whose comparator reads version; updater
   writes version and keys[] only under m; the comparator runs in searcher's thread. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int version;
static int keys[3] = {1, 5, 9};
static long compares;

static int cmp_versioned(const void *k, const void *e)
{
    compares += version;
    return *(const int *)k - *(const int *)e;
}

static void *searcher(void *arg)
{
    int key = 5;
    (void)arg;
    pthread_mutex_lock(&m);
    int *hit = bsearch(&key, keys, 3, sizeof keys[0], cmp_versioned);
    pthread_mutex_unlock(&m);
    return hit;
}

static void *updater(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    version++;
    keys[2] = 11;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t s, u;
    pthread_create(&s, NULL, searcher, NULL);
    pthread_create(&u, NULL, updater, NULL);
    pthread_join(s, NULL);
    pthread_join(u, NULL);
    printf("%d %ld\n", version, compares);
    return 0;
}
