/* TRUTH: free — cb starts as count_nonzero but main points it at ignore before starting the worker, so cb(1) writes nothing; only main writes hits */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void count_nonzero(int v)
{
    if (v)
        hits++;
}
static void ignore(int v) { (void)v; }
static void (*cb)(int) = count_nonzero;

static void *worker(void *arg)
{
    (void)arg;
    cb(1);
    return NULL;
}

int main(void)
{
    cb = ignore;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
