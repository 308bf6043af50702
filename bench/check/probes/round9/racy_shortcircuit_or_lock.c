/* TRUTH: racy. With fast set, || short-circuits and pthread_mutex_lock is never called, so that worker increments x without m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int fast = *(int *)arg;
    if (fast || pthread_mutex_lock(&m) == 0) {
        x++;
        if (!fast)
            pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int fa = 1, fb = 0;
    pthread_create(&a, NULL, worker, &fa);
    pthread_create(&b, NULL, worker, &fb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
