/* TRUTH: race-free. main joins the worker inside the bsearch comparator (called exactly once
   for the one-element table), so main's `result += 1` after bsearch comes after the worker's
   `result = 10`. worker_tid is written by main's create and read only by main. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_t worker_tid;
static int result;
static const int ids[1] = {4};

static void *worker(void *arg)
{
    (void)arg;
    result = 10;
    return NULL;
}

/* the lookup needs the worker's result: wait for it first */
static int cmp_after_worker(const void *k, const void *e)
{
    pthread_join(worker_tid, NULL);
    return *(const int *)k - *(const int *)e;
}

int main(void)
{
    int key = 4;
    pthread_create(&worker_tid, NULL, worker, NULL);
    bsearch(&key, ids, 1, sizeof ids[0], cmp_after_worker);
    result += 1;
    printf("%d\n", result);
    return 0;
}
