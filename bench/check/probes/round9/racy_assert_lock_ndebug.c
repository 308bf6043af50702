/* TRUTH: racy. NDEBUG is defined, so assert() does not evaluate its argument and pthread_mutex_lock is never called; both workers increment x unprotected. */
#define NDEBUG
#include <assert.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        assert(pthread_mutex_lock(&m) == 0);
        x++;
        assert(pthread_mutex_unlock(&m) == 0);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    (void)&m;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
