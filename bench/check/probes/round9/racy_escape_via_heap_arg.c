/* TRUTH: racy. main passes a heap struct holding the address of its local total; the worker writes *a->out while main also writes total before joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct args {
    int *out;
    int n;
};

static void *worker(void *p)
{
    struct args *a = p;
    for (int i = 0; i < a->n; i++)
        *a->out += i;
    return NULL;
}

int main(void)
{
    int total = 0;
    pthread_t t;
    struct args *a = malloc(sizeof *a);
    if (!a)
        return 1;
    a->out = &total;
    a->n = 10;
    pthread_create(&t, NULL, worker, a);
    total += 100;
    pthread_join(t, NULL);
    printf("%d\n", total);
    free(a);
    return 0;
}
