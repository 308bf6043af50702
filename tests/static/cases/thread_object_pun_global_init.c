// A conversion in a global's initializer counts as one in code: cur_alias (a long ** given &cur)
// reads the thread object's pointer back as a long * and overwrites its handle, so reap(w) may join
// another thread and the writer still run when main reads written.
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
static void *writer(void *a) { (void)a; written = 1; return NULL; } // RACE
static void *noop(void *a) { return a; }
int main(void)
{
    struct thread *w = spawn(writer);
    cur = w;
    pthread_t other;
    pthread_create(&other, NULL, noop, NULL);
    **cur_alias = (long)other;
    reap(w);
    return written; // RACE
}
