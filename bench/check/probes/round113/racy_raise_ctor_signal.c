/* TRUTH: racy — raise() runs the handler (installed by a constructor) at once; it starts the worker, which sees g == 4 before main's g = 5 (ordered by done) and writes x after unlocking, as main does */
#include <pthread.h>
#include <signal.h>
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

static void on_usr1(int sig)
{
    (void)sig;
    pthread_create(&t, 0, worker, 0);
}

__attribute__((constructor)) static void install(void) { signal(SIGUSR1, on_usr1); }

int main(void)
{
    int d = 0;
    g = 4;
    raise(SIGUSR1);
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
