/* TRUTH: racy — q points at g.in (inner union at byte 4 of g); q->c and g.b are both byte 4. */
#include <pthread.h>
union In { struct { int c; int d; }; int e[2]; };
union O { struct { int a; int b; }; struct { int pad; union In in; }; };
union O g;
void *t1(void *x) { g.b = 1; return 0; }
void *t2(void *x) { union In *q = &g.in; q->c = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
