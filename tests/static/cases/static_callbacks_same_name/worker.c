// The worker's own cmp, by the same name as main.c's (see there).
#include <stdlib.h>

int by_worker;

static int cmp(const void *a, const void *b)
{
    by_worker++; // NORACE: only the worker's qsort runs this cmp
    (void)a, (void)b;
    return 1;
}

void *worker(void *arg)
{
    int v[3] = {1, 2, 3};
    (void)arg;
    qsort(v, 3, sizeof v[0], cmp);
    by_worker = 0; // NORACE
    return NULL;
}
