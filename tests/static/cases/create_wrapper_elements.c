// Threads started through a create wrapper, create_worker(fn, &threads[i]) in main's one loop
// (memcached's thread.c): each gets its own element, as with pthread_create in that loop, also
// when threads is a global pointer to an allocated array. A second loop handing out the same
// elements again, or one element to every thread, shares them.
#include <pthread.h>
#include <stdlib.h>

#define N 4
typedef struct { pthread_t tid; void *buf; int n; } worker_t;
static worker_t *threads;
static worker_t pool[N];
static worker_t one[2];

static void *worker(void *arg)
{
    worker_t *me = arg;
    me->buf = malloc(64); // NORACE: each thread its own element
    return NULL;
}

static void *twice(void *arg)
{
    worker_t *me = arg;
    me->n++; // RACE (possible): two loops hand out pool[0..N)
    return NULL;
}

static void *same(void *arg)
{
    worker_t *me = arg;
    me->n++; // RACE (possible): every thread gets one[0]
    return NULL;
}

static void create_worker(void *(*func)(void *), void *arg)
{
    pthread_create(&((worker_t *)arg)->tid, NULL, func, arg);
}

int main(void)
{
    threads = calloc(N, sizeof(worker_t));
    if (!threads)
        return 1;
    for (int i = 0; i < N; i++)
        create_worker(worker, &threads[i]);
    for (int i = 0; i < N; i++)
        pthread_join(threads[i].tid, NULL);
    pthread_t t[2 * N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, twice, &pool[i]);
    for (int i = 0; i < N; i++)
        pthread_create(&t[N + i], NULL, twice, &pool[i]);
    for (int i = 0; i < 2 * N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++)
        create_worker(same, &one[0]);
    pthread_join(one[0].tid, NULL);
    return 0;
}
