/* TRUTH: racy — the capsule keeps its routine in a union; with tracing on, the trampoline stores tracer through the union's other member, so both threads run tracer (hits++ unsynchronized) */
#include <pthread.h>
#include <stdlib.h>
typedef void (*routine_t)(void *);
struct cap { union { routine_t fn; routine_t alt; } u; void *arg; };
static int tracing, hits, ra, rb;
static void tracer(void *arg) { (void)arg; hits++; }
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    if (tracing)
        c->u.alt = tracer;
    c->u.fn(c->arg);
    free(c);
    return NULL;
}
static void launch(pthread_t *t, routine_t fn, void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->u.fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    tracing = 1;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return hits + ra + rb;
}
