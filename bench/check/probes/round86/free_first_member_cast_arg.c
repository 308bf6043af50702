/* TRUTH: free — T1 writes d.data through a first-member cast, T2 writes d.other; different fields. */
#include <pthread.h>
struct Base { int refs; };
struct D { struct Base base; int data; int other; };
struct D d;
void *t1(void *a) { struct Base *b = a; struct D *p = (struct D *)b; p->data = 1; return 0; }
void *t2(void *a) { d.other = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, &d.base);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
