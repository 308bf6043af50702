/* TRUTH: racy — g.in.c is at byte 4 of union O (in is a named union at byte 4), like g.b. */
#include <pthread.h>
union O { struct { int a; int b; }; struct { int pad; union { struct { int c; int d; }; int e[2]; } in; }; };
union O g;
void *t1(void *x) { g.b = 1; return 0; }
void *t2(void *x) { g.in.c = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
