/* TRUTH: racy — the cleanup of s starts the worker at the inner block's end; the worker sees g == 4 (5 is stored after done) and writes x unlocked as main does */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, done, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g == 4) {
        done = 1;
        pthread_mutex_unlock(&m);
        x++;
        return 0;
    }
    done = 1;
    pthread_mutex_unlock(&m);
    return 0;
}

static void spawn(int *p)
{
    (void)p;
    pthread_create(&t, 0, worker, 0);
}

int main(void)
{
    int d = 0;
    g = 4;
    {
        int s __attribute__((cleanup(spawn))) = 0;
        (void)s;
    }
    while (!d) {
        pthread_mutex_lock(&m);
        d = done;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    g = 5;
    pthread_mutex_unlock(&m);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
