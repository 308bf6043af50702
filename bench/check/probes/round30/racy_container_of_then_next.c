/* TRUTH: racy. Worker i gets &w[i].link, recovers its struct worker with container_of, and writes both its own count and (me + 1)->count: worker i's write of w[i+1].count races with worker i+1's write of its own count. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

struct link {
    struct link *next;
};

struct worker {
    long count;
    struct link link;
};

#define N 3
static struct worker w[N + 1];

static void *run(void *arg)
{
    struct worker *me = container_of(arg, struct worker, link);
    me->count += 1;
    (me + 1)->count += 10;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, run, &w[i].link);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", w[1].count);
    return 0;
}
