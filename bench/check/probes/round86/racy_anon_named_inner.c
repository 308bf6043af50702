/* TRUTH: racy — u.in.q is bytes 8-11 of the union, as is u.w[2]; written unordered. */
#include <pthread.h>
union U {
    struct { int x; struct { int p, q; } in; };
    int w[3];
};
union U u;
void *t1(void *a) { u.in.q = 1; return 0; }
void *t2(void *a) { u.w[2] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
