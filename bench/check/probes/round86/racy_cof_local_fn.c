/* TRUTH: racy — run() creates two threads on its local o: T1 writes o.w via container_of(&o.v), T2 writes o.w. */
#include <pthread.h>
#include <stddef.h>
#define container_of(p, T, f) ((T *)((char *)(p) - offsetof(T, f)))
struct S { int w; int v; };
void *t1(void *a) { container_of((int *)a, struct S, v)->w = 1; return 0; }
void *t2(void *a) { ((struct S *)a)->w = 2; return 0; }
static void run(void) {
    struct S o;
    pthread_t a, b;
    pthread_create(&a, 0, t1, &o.v);
    pthread_create(&b, 0, t2, &o);
    pthread_join(a, 0); pthread_join(b, 0);
}
int main(void) { run(); return 0; }
