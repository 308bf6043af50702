/* TRUTH: race-free. lookup_then_count takes m inside the bsearch comparator (called exactly
   once) and releases it after `shared++`; bumper updates shared under m too. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static const int tbl[1] = {9};

static int cmp_locking(const void *k, const void *e)
{
    pthread_mutex_lock(&m); /* held by the caller from here on */
    return *(const int *)k - *(const int *)e;
}

static void *lookup_then_count(void *arg)
{
    int key = 9;
    (void)arg;
    bsearch(&key, tbl, 1, sizeof tbl[0], cmp_locking);
    shared++;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *bumper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shared += 10;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, lookup_then_count, NULL);
    pthread_create(&b, NULL, bumper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
