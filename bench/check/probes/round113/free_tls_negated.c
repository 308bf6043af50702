/* TRUTH: free — g is thread-local and starts at 1 in every thread: main's g = 0 sets only its own copy, so the worker's !g never holds */
#include <pthread.h>
#include <stdio.h>

static __thread int g = 1;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (!g)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g = 0;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
