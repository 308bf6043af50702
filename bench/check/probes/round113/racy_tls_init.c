/* TRUTH: racy — g is thread-local: the worker's own copy keeps the initializer 0, so it runs x++ while main does x++ too */
#include <pthread.h>
#include <stdio.h>

static __thread int g = 0;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 0)
        x++;
    return 0;
}

int main(void)
{
    g = 5;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
