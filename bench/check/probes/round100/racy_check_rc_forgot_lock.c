/* TRUTH: racy — restock() writes stock without taking the lock while buyer() updates it under the lock */
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
static int stock = 10;

static void *buyer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        check(pthread_mutex_lock(&stock_lock), "lock");
        if (stock > 0)
            stock--;
        check(pthread_mutex_unlock(&stock_lock), "unlock");
    }
    return NULL;
}

static void *restock(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        stock += 10;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    check(pthread_create(&a, NULL, buyer, NULL), "create");
    check(pthread_create(&b, NULL, restock, NULL), "create");
    check(pthread_join(a, NULL), "join");
    check(pthread_join(b, NULL), "join");
    printf("stock %d\n", stock);
    return 0;
}
