/* TRUTH: racy. Both threads call the wrapper guarded_add, but one passes &qa and the other &qb, so the writes to the shared sum are not excluded. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t qa = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t qb = PTHREAD_MUTEX_INITIALIZER;
static int sum;

static void guarded_add(pthread_mutex_t *l, int *dst, int v)
{
    pthread_mutex_lock(l);
    *dst += v;
    pthread_mutex_unlock(l);
}

static void *t1(void *arg) { (void)arg; guarded_add(&qa, &sum, 1); return NULL; }
static void *t2(void *arg) { (void)arg; guarded_add(&qb, &sum, 2); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", sum);
    return 0;
}
