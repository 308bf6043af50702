/* TRUTH: free — capsules come from a static array indexed by a launch counter; only two launches, so each thread gets its own element; trampolines write only their own element's state */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int state; };
static struct cap caps[4];
static int ncaps;
static int ra, rb;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->state = 1;
    c->fn(c->arg);
    c->state = 2;
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = &caps[ncaps++];
    c->fn = fn;
    c->arg = arg;
    c->state = 0;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return ra + rb + caps[0].state + caps[1].state;
}
