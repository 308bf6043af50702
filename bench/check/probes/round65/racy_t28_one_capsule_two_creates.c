/* TRUTH: racy — launch2 allocates one capsule and hands the same capsule to two threads (two pthread_create calls); both trampolines write c->state */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int state; };
static int ra;
static void work(void *arg) { (void)arg; __atomic_fetch_add(&ra, 1, __ATOMIC_RELAXED); }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    c->state = 1;
    return NULL;
}
static struct cap *launch2(pthread_t *t1, pthread_t *t2, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    c->state = 0;
    pthread_create(t1, NULL, tramp, c);
    pthread_create(t2, NULL, tramp, c);
    return c;
}
int main(void)
{
    pthread_t t1, t2;
    struct cap *c = launch2(&t1, &t2, work, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    int r = c->state + ra;
    free(c);
    return r;
}
