/* TRUTH: racy — main reruns itself through a pointer: the rerun stores 4, lets the worker read it (ready/done) and then 5; the worker, seeing 4, writes x unlocked as main does */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, ready, done, rounds, x;
static pthread_t t;
int main(void);
static int (*volatile again)(void) = main;

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

int main(void)
{
    pthread_mutex_lock(&m);
    g = 4;
    ready = rounds;
    pthread_mutex_unlock(&m);
    int d = !rounds;
    while (!d) {
        pthread_mutex_lock(&m);
        d = done;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    g = 5;
    pthread_mutex_unlock(&m);
    if (!rounds) {
        rounds = 1;
        pthread_create(&t, 0, worker, 0);
        return again();
    }
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
