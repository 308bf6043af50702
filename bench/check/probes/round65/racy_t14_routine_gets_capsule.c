/* TRUTH: racy — the trampoline passes the (fresh) capsule itself to the routine; both routines increment the int the capsule's arg points at, which is the same global */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(struct cap *); int *arg; int out; };
static int shared_count;
static void work_a(struct cap *c) { (*c->arg)++; c->out = 1; }
static void work_b(struct cap *c) { (*c->arg)--; c->out = 2; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c);
    free(c);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(struct cap *), int *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, &shared_count);
    launch(&t2, work_b, &shared_count);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return shared_count;
}
