/* TRUTH: racy — T1 is handed &d.v and writes d.data via container_of; T2 writes d.data directly. */
#include <pthread.h>
#include <stddef.h>
#define container_of(p, T, f) ((T *)((char *)(p) - offsetof(T, f)))
struct D { int data; int v; };
struct D d;
void *t1(void *a) { container_of((int *)a, struct D, v)->data = 1; return 0; }
void *t2(void *a) { d.data = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, &d.v);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
