/* TRUTH: free — each launch mallocs its own capsule; trampolines write only their own capsule's fields; routines write distinct globals; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int state; int result; };
static int ra, rb;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 2; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->state = 1;
    c->fn(c->arg);
    c->result = c->state + 1;
    c->state = 2;
    free(c);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
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
    return ra + rb;
}
