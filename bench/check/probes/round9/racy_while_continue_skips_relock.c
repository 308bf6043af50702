/* TRUTH: racy. On the first pass continue skips the relock, so the second write to x happens without m while main writes x under m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int i = 0, held = 1;
    (void)arg;
    pthread_mutex_lock(&m);
    while (i < 3) {
        x++;
        if (held) {
            pthread_mutex_unlock(&m);
            held = 0;
        }
        if (i++ == 0)
            continue;
        pthread_mutex_lock(&m);
        held = 1;
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
