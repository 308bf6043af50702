/* TRUTH: racy — cur_alias, a long ** given &cur at file scope, reads the wrapper object's pointer back as a long * and overwrites its handle: reap joins noop's thread, writer may still run */
#include <pthread.h>
#include <stdlib.h>
struct thread { pthread_t id; };
static struct thread *cur;
static long **cur_alias = (long **)&cur;
static int written;
static struct thread *spawn(void *(*fn)(void *))
{
    struct thread *t = malloc(sizeof *t);
    if (t == NULL || pthread_create(&t->id, NULL, fn, NULL))
        abort();
    return t;
}
static void reap(struct thread *t) { pthread_join(t->id, NULL); free(t); }
static void *writer(void *a) { (void)a; written = 1; return NULL; }
static void *noop(void *a) { return a; }
int main(void)
{
    struct thread *w = spawn(writer);
    cur = w;
    pthread_t other;
    pthread_create(&other, NULL, noop, NULL);
    **cur_alias = (long)other;
    reap(w);
    return written;
}
