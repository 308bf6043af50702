/* TRUTH: racy. A basic asm statement (no operands, single %) in the worker adds to the global 'hits' by symbol, non-atomically (no lock prefix); main writes hits without synchronisation meanwhile. */
#include <pthread.h>
#include <stdio.h>

int hits;

static void *worker(void *arg)
{
    (void)arg;
    __asm__ volatile("addl $1, hits(%rip)");
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits = 5;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
