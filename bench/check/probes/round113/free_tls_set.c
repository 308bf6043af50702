/* TRUTH: free — g is thread-local: main's g = 4 is not the worker's g, which stays 0, so the worker never touches x */
#include <pthread.h>
#include <stdio.h>

static __thread int g = 0;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 4)
        x++;
    return 0;
}

int main(void)
{
    g = 4;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
