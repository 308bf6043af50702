/* TRUTH: racy — thread `both` now holds only a around x++ (line 13); when `either` picks b its x++ (line 23) shares no lock with it. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t b = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *both(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&a);
    x++;
    pthread_mutex_unlock(&a);
    return NULL;
}

static void *either(void *arg)
{
    (void)arg;
    pthread_mutex_t *m = __VERIFIER_nondet_int() ? &a : &b;
    pthread_mutex_lock(m);
    x++;
    pthread_mutex_unlock(m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, both, NULL);
    pthread_create(&t2, NULL, either, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x != 2;
}
