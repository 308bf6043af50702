/* TRUTH: free — `cur` points at global `level`; one thread writes through the pointer and the other writes level directly, but both do so while holding lvl_mu. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lvl_mu = PTHREAD_MUTEX_INITIALIZER;
static int level;
static int *cur = &level;

static void *via_ptr(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lvl_mu);
    *cur += 5;
    pthread_mutex_unlock(&lvl_mu);
    return NULL;
}

static void *direct(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lvl_mu);
    level *= 2;
    pthread_mutex_unlock(&lvl_mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, via_ptr, NULL);
    pthread_create(&b, NULL, direct, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", level);
    return 0;
}
