/* TRUTH: free — o.a is byte 0, o.d is bytes 8-11 of union O (inner union at byte 4); they do not overlap. */
#include <pthread.h>
union O {
    struct { int a; int b; };
    struct { int pad; union { struct { int c; int d; }; int e[2]; }; };
};
union O o;
void *t1(void *x) { o.a = 1; return 0; }
void *t2(void *x) { o.d = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
