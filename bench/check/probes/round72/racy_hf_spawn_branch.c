/* TRUTH: racy — reap(w) runs only when argc > 5 (never in practice); main reads fres while f may run */
#include <pthread.h>
#include <stdlib.h>
struct thread { pthread_t id; };
int fres;
static struct thread *spawn(void *(*fn)(void *), void *arg) {
    struct thread *t = malloc(sizeof *t);
    pthread_create(&t->id, 0, fn, arg);
    return t;
}
static void reap(struct thread *t) { pthread_join(t->id, 0); free(t); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
int main(int argc, char **argv) {
    (void)argv;
    struct thread *w = spawn(f, 0);
    if (argc > 5) reap(w);
    return fres;
}
