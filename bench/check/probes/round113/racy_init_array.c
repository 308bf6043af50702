/* TRUTH: racy — the worker (started from .init_array before main) reads g while it still holds its initializer 0 (main stores 5 only after done), then writes x unlocked as main does */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, done, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g == 0) {
        done = 1;
        pthread_mutex_unlock(&m);
        x++;
        return 0;
    }
    done = 1;
    pthread_mutex_unlock(&m);
    return 0;
}

static void start(void)
{
    pthread_create(&t, 0, worker, 0);
}

__attribute__((section(".init_array"), used)) static void (*const init_start)(void) = start;

int main(void)
{
    int d = 0;
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
