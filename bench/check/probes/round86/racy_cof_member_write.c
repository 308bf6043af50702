/* TRUTH: racy — T1 writes o.w through container_of(&o.v), T2 writes o.w directly; no lock. */
#include <pthread.h>
#include <stddef.h>
#define container_of(p, T, f) ((T *)((char *)(p) - offsetof(T, f)))
struct S { int w; int v; };
struct S o;
void *t1(void *a) { container_of(&o.v, struct S, v)->w = 1; return 0; }
void *t2(void *a) { o.w = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
