/* TRUTH: free — the worker writes result then sets atomic `done` (seq_cst store); main spins on atomic_load(&done) and reads result only after seeing 1 (store synchronizes with load). The worker never touches result afterwards. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_bool done;
static double result;

static void *worker(void *arg)
{
    double x = *(double *)arg;
    for (int i = 0; i < 20; i++)
        x = x / 2.0 + 1.0;
    result = x;
    atomic_store(&done, 1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    double seed = 3.0;
    pthread_create(&t, NULL, worker, &seed);
    while (!atomic_load(&done))
        ;
    printf("%f\n", result);
    pthread_detach(t);
    return 0;
}
