/* TRUTH: racy — go() names spawn() through an asm label, so it starts the worker; the worker sees g == 4 (main stores 5 only after done) and writes x unlocked as main does */
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

void spawn(void)
{
    pthread_create(&t, 0, worker, 0);
}
extern void go(void) __asm__("spawn");

int main(void)
{
    int d = 0;
    g = 4;
    go();
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
