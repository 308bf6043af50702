/* TRUTH: racy — T1 is handed &d.v, steps back 4 bytes to d.data (via a local char pointer) and writes it; T2 writes d.data. */
#include <pthread.h>
#include <stddef.h>
struct D { int data; int v; };
struct D d;
void *t1(void *a) { char *c = a; c -= offsetof(struct D, v); ((struct D *)c)->data = 1; return 0; }
void *t2(void *a) { d.data = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, &d.v);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
