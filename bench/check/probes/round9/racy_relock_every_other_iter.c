/* TRUTH: racy. The worker drops m every iteration but only retakes it after even iterations, so the write at i == 2 happens unlocked. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int held;
    (void)arg;
    pthread_mutex_lock(&m);
    held = 1;
    for (int i = 0; i < 4; i++) {
        x++;
        if (held) {
            pthread_mutex_unlock(&m);
            held = 0;
        }
        if (i % 2 == 0) {
            pthread_mutex_lock(&m);
            held = 1;
        }
    }
    if (held)
        pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    x += 100;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", x);
    return 0;
}
