/* TRUTH: free — launch picks one of two trampolines; every routine writes its own global; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int ra, rb;
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void *tramp_plain(void *p) { struct cap *c = p; c->fn(c->arg); free(c); return NULL; }
static void *tramp_named(void *p) { struct cap *c = p; void (*f)(void *) = c->fn; f(c->arg); free(c); return NULL; }
static void launch(pthread_t *t, void (*fn)(void *), void *arg, int named)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, named ? tramp_named : tramp_plain, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL, 0);
    launch(&t2, work_b, NULL, 1);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return ra + rb;
}
