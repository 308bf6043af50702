/* TRUTH: racy — spawn() returns one static object every call; the 2nd spawn overwrites its id, reap(w1) joins g, f unjoined */
#include <pthread.h>
struct thread { pthread_t id; };
int fres, gres;
static struct thread *spawn(void *(*fn)(void *), void *arg) {
    static struct thread slot;
    struct thread *t = &slot;
    pthread_create(&t->id, 0, fn, arg);
    return t;
}
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    struct thread *w1 = spawn(f, 0);
    struct thread *w2 = spawn(g, 0);
    (void)w2;
    reap(w1);
    return fres;
}
