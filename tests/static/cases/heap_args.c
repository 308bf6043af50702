// Fresh allocations handed to threads are separate objects; realloc writes what it moves.
#include <pthread.h>
#include <stdlib.h>

struct job {
    pthread_mutex_t lock;
    int done;
};

static void *work(void *arg)
{
    struct job *j = arg;
    j->done++; // NORACE: each thread has its own job
    return NULL;
}

static void *fill(void *arg)
{
    int *buf = arg;
    buf[0] = 1; // RACE: main reallocates the buffer meanwhile
    return NULL;
}

int main(void)
{
    struct job *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));
    int *buf = malloc(4 * sizeof(*buf));
    pthread_t t[3];
    a->done = b->done = 0; // NORACE: before the threads start
    pthread_create(&t[0], NULL, work, a);
    pthread_create(&t[1], NULL, work, b);
    pthread_create(&t[2], NULL, fill, buf);
    int *bigger = realloc(buf, 8 * sizeof(*buf)); // RACE
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    int r = a->done + b->done; // NORACE: all joined
    free(a);
    free(b);
    free(bigger);
    return r;
}
