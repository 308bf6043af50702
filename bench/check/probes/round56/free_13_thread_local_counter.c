/* TRUTH: free — `calls` is __thread, so each thread increments its own copy; the only shared object, summary[], is written at distinct indices and read after the joins. */
#include <pthread.h>
#include <stdio.h>

static __thread int calls;
static int summary[2];

static void tick(void) { calls++; }

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 10 * (id + 1); i++)
        tick();
    summary[id] = calls;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    tick();
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", summary[0], summary[1], calls);
    return 0;
}
