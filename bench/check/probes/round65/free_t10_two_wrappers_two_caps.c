/* TRUTH: free — two wrappers with their own capsule types and trampolines; each routine writes its own global; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
struct cap1 { void (*fn)(void *); void *arg; };
struct cap2 { void *arg; void (*run)(void *); };
static int a_val, b_val;
static void work_a(void *arg) { (void)arg; a_val = 1; }
static void work_b(void *arg) { (void)arg; b_val = 2; }
static void *tramp1(void *p) { struct cap1 *c = p; c->fn(c->arg); free(c); return NULL; }
static void *tramp2(void *p) { struct cap2 *c = p; void (*r)(void *) = c->run; r(c->arg); free(c); return NULL; }
static void launch1(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap1 *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp1, c);
}
static void launch2(pthread_t *t, void *arg, void (*fn)(void *))
{
    struct cap2 *c = malloc(sizeof *c);
    c->run = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp2, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch1(&t1, work_a, NULL);
    launch2(&t2, NULL, work_b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a_val + b_val;
}
