/* TRUTH: racy — the small allocations succeed, so after the loop the worker writes shared while main writes it */
#include <pthread.h>
#include <stdlib.h>
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        char *p = calloc(16, 2);
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
