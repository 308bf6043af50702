/* TRUTH: racy — w = spawn(f) then w = spawn(g); reap(w) joins g only, f still runs when main reads fres */
#include <pthread.h>
#include <stdlib.h>
struct thread { pthread_t id; };
int fres, gres;
static struct thread *spawn(void *(*fn)(void *), void *arg) {
    struct thread *t = malloc(sizeof *t);
    pthread_create(&t->id, 0, fn, arg);
    return t;
}
static void reap(struct thread *t) { pthread_join(t->id, 0); free(t); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    struct thread *w;
    w = spawn(f, 0);
    w = spawn(g, 0);
    reap(w);
    return fres + gres;
}
