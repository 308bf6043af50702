/* TRUTH: racy — u.lo and u.hi are adjacent bit-fields: one memory location; written unordered. */
#include <pthread.h>
union U {
    struct { unsigned lo : 4; unsigned hi : 4; };
    unsigned w;
};
union U u;
void *t1(void *a) { u.lo = 1; return 0; }
void *t2(void *a) { u.hi = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
