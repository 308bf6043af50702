/* TRUTH: racy — two launch wrappers (launch_fast, launch_slow) fill the same capsule type from their parameters; both are given work_a, so two threads write a_val */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int prio; };
static int a_val, b_val;
static void work_a(void *arg) { a_val = (int)(long)arg; }
static void work_b(void *arg) { (void)arg; b_val = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    free(c);
    fn(arg);
    return NULL;
}
static void launch_fast(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    c->prio = 1;
    pthread_create(t, NULL, tramp, c);
}
static void launch_slow(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->prio = 0;
    c->arg = arg;
    c->fn = fn;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2, t3;
    launch_fast(&t1, work_a, (void *)1L);
    launch_slow(&t2, work_a, (void *)2L);
    launch_fast(&t3, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return a_val + b_val;
}
