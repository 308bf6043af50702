/* TRUTH: free — check() aborts on a non-zero pthread result; every access to stock is inside the checked lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check(int rc, const char *what)
{
    if (rc != 0) {
        fprintf(stderr, "%s: %s\n", what, strerror(rc));
        abort();
    }
}

static pthread_mutex_t stock_lock = PTHREAD_MUTEX_INITIALIZER;
static int stock = 100;

static void *buyer(void *arg)
{
    int want = (int)(long)arg;
    for (int i = 0; i < 10; i++) {
        check(pthread_mutex_lock(&stock_lock), "lock");
        if (stock >= want)
            stock -= want;
        check(pthread_mutex_unlock(&stock_lock), "unlock");
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    check(pthread_create(&a, NULL, buyer, (void *)2L), "create");
    check(pthread_create(&b, NULL, buyer, (void *)3L), "create");
    check(pthread_join(a, NULL), "join");
    check(pthread_join(b, NULL), "join");
    printf("stock left %d\n", stock);
    return 0;
}
