/* TRUTH: race-free. The worker allocates its own job node, fills it and marks it done with a release store; only the worker ever touches the node (it frees it itself), so nothing is shared. (Minimal shape that crashes the checker: a release atomic store to a field of a fresh allocation.) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct job { int input; int output; atomic_int done; };

static void *worker(void *arg)
{
    (void)arg;
    struct job *j = malloc(sizeof *j);
    if (!j)
        return NULL;
    j->input = 21;
    j->output = j->input * 2;
    atomic_store_explicit(&j->done, 1, memory_order_release);
    int r = j->output;
    free(j);
    return (void *)(long)r;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
