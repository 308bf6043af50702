/* TRUTH: free — the trampoline always stores quiet through the union's other member before calling, so writer/reader never run; threads touch only their own capsules */
#include <pthread.h>
#include <stdlib.h>
typedef void (*routine_t)(void *);
struct cap { union { routine_t fn; routine_t alt; } u; void *arg; };
static int shared, seen;
static void quiet(void *arg) { (void)arg; }
static void writer(void *arg) { (void)arg; shared = 1; }
static void reader(void *arg) { (void)arg; seen = shared; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->u.alt = quiet;
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
    launch(&t1, writer, NULL);
    launch(&t2, reader, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return seen;
}
