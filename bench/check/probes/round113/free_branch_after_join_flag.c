/* TRUTH: free — g is 4 for the worker, but the worker writes x only after main's x++ (ordered by the lock and the stage flag main sets after it) */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, x, stage;

static void *worker(void *arg)
{
    (void)arg;
    int s = 0;
    while (!s) {
        pthread_mutex_lock(&m);
        s = stage;
        pthread_mutex_unlock(&m);
    }
    if (g == 4)
        x++;
    return 0;
}

int main(void)
{
    pthread_t t;
    g = 4;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_mutex_lock(&m);
    stage = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
