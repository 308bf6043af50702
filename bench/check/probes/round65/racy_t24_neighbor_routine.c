/* TRUTH: racy — capsules are chained (c->prev = the previous launch's capsule, never freed); the trampoline runs the previous capsule's routine when there is one, so the 2nd and 3rd threads run work_a and work_b... : threads 1 and 2 both run work_a (a_hits++ unsynchronized) */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; struct cap *prev; };
static struct cap *last;
static int a_hits, b_hits, c_hits;
static void work_a(void *arg) { (void)arg; a_hits++; }
static void work_b(void *arg) { (void)arg; b_hits++; }
static void work_c(void *arg) { (void)arg; c_hits++; }
static void *tramp(void *p)
{
    struct cap *c = p;
    struct cap *src = c->prev ? c->prev : c;
    src->fn(src->arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    c->prev = last;
    last = c;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2, t3;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    launch(&t3, work_c, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return a_hits + b_hits + c_hits;
}
