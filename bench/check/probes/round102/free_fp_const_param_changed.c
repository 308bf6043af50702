/* TRUTH: free — as racy_fp_const_param_changed but bias stays 0, so maybe_count(0) writes nothing */
#include <pthread.h>
#include <stdio.h>

static int bias;
static int hits;

static void maybe_count(int v)
{
    v += bias;
    if (v)
        hits++;
}
static void (*hook)(int) = maybe_count;

static void *worker(void *arg)
{
    (void)arg;
    hook(0);
    return NULL;
}

int main(void)
{
    bias = 0;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
