/* TRUTH: free — cache slots read under rdlock and filled under wrlock (with a re-check) */
#include <pthread.h>
#include <stdio.h>

#define SLOTS 32

static pthread_rwlock_t cache_lock = PTHREAD_RWLOCK_INITIALIZER;
static long cache[SLOTS];
static int valid[SLOTS];

static long slow_fib(int n) { return n < 2 ? n : slow_fib(n - 1) + slow_fib(n - 2); }

static long fib_cached(int n)
{
    long v;
    pthread_rwlock_rdlock(&cache_lock);
    if (valid[n]) {
        v = cache[n];
        pthread_rwlock_unlock(&cache_lock);
        return v;
    }
    pthread_rwlock_unlock(&cache_lock);
    v = slow_fib(n);
    pthread_rwlock_wrlock(&cache_lock);
    if (!valid[n]) {
        cache[n] = v;
        valid[n] = 1;
    }
    pthread_rwlock_unlock(&cache_lock);
    return v;
}

static void *client(void *arg)
{
    int start = (int)(long)arg;
    for (int n = start; n < 25; n += 2)
        printf("fib(%d)=%ld\n", n, fib_cached(n));
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, client, (void *)0L);
    pthread_create(&b, NULL, client, (void *)1L);
    pthread_create(&c, NULL, client, (void *)0L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
