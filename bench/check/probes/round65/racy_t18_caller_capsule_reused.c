/* TRUTH: racy — the wrapper fills a capsule its caller passes in; main passes the same heap capsule twice, and both trampolines write c->result (main's refill also races with thread 1's reads) */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int result; };
static int ra, rb;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    c->result = 1;
    return NULL;
}
static void launch(pthread_t *t, struct cap *c, void (*fn)(void *), void *arg)
{
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    struct cap *c = malloc(sizeof *c);
    launch(&t1, c, work_a, NULL);
    launch(&t2, c, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    int r = c->result;
    free(c);
    return r + ra + rb;
}
