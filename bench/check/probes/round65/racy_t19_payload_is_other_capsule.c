/* TRUTH: racy — launch returns the fresh capsule; thread 2's payload is thread 1's capsule: work_b writes its 'result' while thread 1's trampoline writes the same field */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int result; };
static void work_a(void *arg) { (void)arg; }
static void work_b(void *arg) { struct cap *other = arg; other->result = 99; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    c->result = 1;
    return NULL;
}
static struct cap *launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    c->result = 0;
    pthread_create(t, NULL, tramp, c);
    return c;
}
int main(void)
{
    pthread_t t1, t2;
    struct cap *c1 = launch(&t1, work_a, NULL);
    struct cap *c2 = launch(&t2, work_b, c1);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    int r = c1->result + c2->result;
    free(c1);
    free(c2);
    return r;
}
