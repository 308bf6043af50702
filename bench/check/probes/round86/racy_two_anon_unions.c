/* TRUTH: racy — t.a and t.x are the same bytes of the first anonymous union; written unordered. */
#include <pthread.h>
struct T {
    union { struct { int a; int b; }; long long x; };
    union { struct { int c; int d; }; long long y; };
};
struct T t;
void *t1(void *p) { t.a = 1; return 0; }
void *t2(void *p) { t.x = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
