/* TRUTH: racy. The lock is taken only when shared_mode is set (ternary); the unshared worker increments x without m while the other worker holds m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int shared_mode = *(int *)arg;
    shared_mode ? pthread_mutex_lock(&m) : 0;
    x++;
    shared_mode ? pthread_mutex_unlock(&m) : 0;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ma = 1, mb = 0;
    pthread_create(&a, NULL, worker, &ma);
    pthread_create(&b, NULL, worker, &mb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
