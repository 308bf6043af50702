/* TRUTH: free — the constructor's worker reads g (still 0) before main stores 4 (main waits for done first), so it never writes x */
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

__attribute__((constructor)) static void start(void)
{
    pthread_create(&t, 0, worker, 0);
}

int main(void)
{
    int d = 0;
    while (!d) {
        pthread_mutex_lock(&m);
        d = done;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    g = 4;
    pthread_mutex_unlock(&m);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
