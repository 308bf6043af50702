/* TRUTH: racy — the worker returns only if calloc fails, which may not happen (clang even elides the calloc/free pair): then it writes shared while main does */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        char *p = calloc(SIZE_MAX, 2);
        if (!p)
            return NULL;
        free(p);
    }
    shared = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    return shared;
}
