/* TRUTH: racy — a function placed in .init_array starts the worker before main; it reads g == 4 (main stores 5 only after done) and writes x unlocked while main writes x */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, ready, done, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    int go = 0;
    while (!go) {
        pthread_mutex_lock(&m);
        go = ready;
        pthread_mutex_unlock(&m);
    }
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

static void start(void)
{
    pthread_create(&t, 0, worker, 0);
}
__attribute__((used, section(".init_array"))) static void (*const start_ptr)(void) = start;

int main(void)
{
    pthread_mutex_lock(&m);
    g = 4;
    ready = 1;
    pthread_mutex_unlock(&m);
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
