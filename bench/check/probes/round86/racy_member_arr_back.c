/* TRUTH: racy — p = &o.a[1]; p[-1] is o.a[0], which T2 writes; no ordering. */
#include <pthread.h>
struct S { int a[2]; int b; };
struct S o;
void *t1(void *x) { int *p = &o.a[1]; p[-1] = 1; return 0; }
void *t2(void *x) { o.a[0] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
