/* TRUTH: racy — o.b and o.c are both at byte 4 of union O (c lives in an inner anonymous union that starts at byte 4); T1 writes o.b, T2 writes o.c unordered. */
#include <pthread.h>
union O {
    struct { int a; int b; };
    struct { int pad; union { struct { int c; int d; }; int e[2]; }; };
};
union O o;
void *t1(void *x) { o.b = 1; return 0; }
void *t2(void *x) { o.c = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
