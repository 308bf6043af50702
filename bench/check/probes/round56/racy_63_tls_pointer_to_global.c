/* TRUTH: racy — `cursor` is thread-local, but every thread sets it to &shared_pos (one global) and writes *cursor; the two workers write shared_pos concurrently. */
#include <pthread.h>
#include <stdio.h>

static int shared_pos;
static __thread int *cursor;

static void advance(int n)
{
    *cursor += n;
}

static void *worker(void *arg)
{
    cursor = &shared_pos;
    advance((int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared_pos);
    return 0;
}
