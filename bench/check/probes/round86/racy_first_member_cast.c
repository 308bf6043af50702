/* TRUTH: racy — (struct D *)&d.base points at d (first member, C11 6.7.2.1p15); T1 writes d.data through it, T2 directly. */
#include <pthread.h>
struct Base { int refs; };
struct D { struct Base base; int data; };
struct D d;
void *t1(void *a) { ((struct D *)&d.base)->data = 1; return 0; }
void *t2(void *a) { d.data = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
