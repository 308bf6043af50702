/* TRUTH: racy — C11 threads: spawn() replaces the routine with 'watch' when watching is on (main sets it), so both threads run watch (events++ unsynchronized) */
#include <stdlib.h>
#include <threads.h>
struct cap { void (*fn)(void *); void *arg; };
static int watching, events, ra, rb;
static void watch(void *arg) { (void)arg; events++; }
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static int tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    free(c);
    fn(arg);
    return 0;
}
static void spawn(thrd_t *t, void (*fn)(void *), void *arg)
{
    if (watching)
        fn = watch;
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    thrd_create(t, tramp, c);
}
int main(void)
{
    thrd_t t1, t2;
    watching = 1;
    spawn(&t1, work_a, NULL);
    spawn(&t2, work_b, NULL);
    thrd_join(t1, NULL);
    thrd_join(t2, NULL);
    return events + ra + rb;
}
