/* TRUTH: racy — launch overwrites its own fn parameter through a pointer (*slot = audit) when auditing is on, so both threads run audit (audits++ unsynchronized) */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int auditing, audits, ra, rb;
static void audit(void *arg) { (void)arg; audits++; }
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    free(c);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    void (**slot)(void *) = &fn;
    if (auditing)
        *slot = audit;
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    auditing = 1;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return audits + ra + rb;
}
