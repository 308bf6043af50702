/* TRUTH: racy — capsules come from a 2-slot static ring; the 1st and 3rd launch share ring[0], and both trampolines write c->state (and main refills ring[0] while thread 1 may read it) */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int state; };
static struct cap ring[2];
static int next_slot;
static int ra, rb, rc;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void work_c(void *arg) { (void)arg; rc = 1; }
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
    struct cap *c = &ring[next_slot++ % 2];
    c->fn = fn;
    c->arg = arg;
    c->state = 0;
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
    return ra + rb + rc;
}
