/* TRUTH: racy — launch stores 'g_hook ? g_hook : fn' into the capsule; main installs g_hook = counter_hook first, so both threads run counter_hook (bumps++ unsynchronized) */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int bumps, ra, rb;
static void (*g_hook)(void *);
static void counter_hook(void *arg) { (void)arg; bumps++; }
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
    struct cap *c = malloc(sizeof *c);
    c->fn = g_hook ? g_hook : fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    g_hook = counter_hook;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return bumps + ra + rb;
}
