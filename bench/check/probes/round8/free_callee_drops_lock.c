/* TRUTH: free. The helper called under the lock updates the shared total while the caller still holds the lock. */
#include <pthread.h>

static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;
static long total;
static int ops;

static void account(long v)
{
    total += v;
}

static void *worker(void *arg)
{
    long base = (long)arg;
    for (int i = 0; i < 50; i++) {
        pthread_mutex_lock(&big);
        ops++;
        account(base + i);
        pthread_mutex_unlock(&big);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return ops != 100 || total == 0;
}
