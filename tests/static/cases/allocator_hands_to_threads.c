// A helper that allocates an array, starts a thread on each element and returns the array
// is no allocator of fresh memory: the caller's accesses to it meet the threads'.
#include <pthread.h>
#include <stdlib.h>

static void *body(void *p)
{
    int *r = p;
    *r = 1; // RACE (possible)
    return NULL;
}

static int *start_workers(void)
{
    int *res = calloc(2, sizeof *res);
    pthread_t t;
    if (!res)
        abort();
    for (int i = 0; i < 2; i++)
        pthread_create(&t, NULL, body, &res[i]);
    return res;
}

static int *make_buffer(void)
{
    int *b = calloc(2, sizeof *b);
    if (!b)
        abort();
    b[0] = 5;
    return b;
}

int main(void)
{
    int *res = start_workers();
    int *own = make_buffer();
    own[1] = res[1]; // RACE (possible)
    own[0] = 2;      // NORACE
    pthread_exit(NULL);
}
