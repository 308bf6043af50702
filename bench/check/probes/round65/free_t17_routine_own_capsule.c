/* TRUTH: free — the trampoline hands each routine its own fresh capsule; routines write only c->out of their capsule; trampolines free them */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(struct cap *); long in; long out; };
static void square(struct cap *c) { c->out = c->in * c->in; }
static void twice(struct cap *c) { c->out = c->in * 2; c->in = 0; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c);
    long r = c->out;
    free(c);
    return (void *)r;
}
static void launch(pthread_t *t, void (*fn)(struct cap *), long in)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->in = in;
    c->out = 0;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2, t3;
    launch(&t1, square, 3);
    launch(&t2, twice, 4);
    launch(&t3, square, 5);
    void *r1, *r2, *r3;
    pthread_join(t1, &r1);
    pthread_join(t2, &r2);
    pthread_join(t3, &r3);
    return (int)((long)r1 + (long)r2 + (long)r3);
}
