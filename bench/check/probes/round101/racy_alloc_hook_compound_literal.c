/* TRUTH: racy — the setter is given one_buffer through a compound literal's field: spawn(h) reuses w1's object (its id overwritten), reap(w1) joins h, f may still run when main writes count */
#include <pthread.h>
#include <stdlib.h>
struct thread { pthread_t id; };
static void *(*my_alloc)(size_t) = malloc;
static int count;
static struct thread one;
static void *one_buffer(size_t n) { (void)n; return &one; }
struct cfg { void *(*a)(size_t); };
static void pool_mem(void *(*lease)(size_t)) { my_alloc = lease; }
static struct thread *spawn(void *(*fn)(void *))
{
    struct thread *t = my_alloc(sizeof *t);
    if (t == NULL || pthread_create(&t->id, NULL, fn, NULL))
        abort();
    return t;
}
static void reap(struct thread *t) { pthread_join(t->id, NULL); }
static void *f(void *a) { (void)a; count++; return NULL; }
static void *h(void *a) { return a; }
int main(void)
{
    pool_mem((struct cfg){ one_buffer }.a);
    struct thread *w1 = spawn(f);
    struct thread *w2 = spawn(h);
    reap(w1);
    count = 1;
    reap(w2);
    return count;
}
