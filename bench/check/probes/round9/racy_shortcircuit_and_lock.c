/* TRUTH: racy. need_lock && lock(...) skips the lock when need_lock is 0, so that worker's write of x is unprotected against the other worker. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int need_lock = *(int *)arg;
    (void)(need_lock && pthread_mutex_lock(&m));
    x += 2;
    (void)(need_lock && pthread_mutex_unlock(&m));
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int na = 1, nb = 0;
    pthread_create(&a, NULL, worker, &na);
    pthread_create(&b, NULL, worker, &nb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
