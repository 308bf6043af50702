/* TRUTH: race-free. The bsearch comparator (called exactly once) calls exit, so main never
   reaches `result = 2`; the worker's `result = 10` is the only access to result. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int result;
static const int ids[1] = {4};

static void *worker(void *arg)
{
    (void)arg;
    result = 10;
    return NULL;
}

static int cmp_shutdown(const void *k, const void *e)
{
    (void)k;
    (void)e;
    fflush(stdout);
    exit(0); /* the lookup is the shutdown request */
}

int main(void)
{
    pthread_t t;
    int key = 4;
    pthread_create(&t, NULL, worker, NULL);
    bsearch(&key, ids, 1, sizeof ids[0], cmp_shutdown);
    result = 2;
    pthread_join(t, NULL);
    return result;
}
