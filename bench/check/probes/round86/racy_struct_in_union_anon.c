/* TRUTH: racy — s.u.y (anon struct in named union member u) and s.u.w[1] are the same bytes. */
#include <pthread.h>
struct S { int k; union { struct { int x, y; }; int w[2]; } u; };
struct S s;
void *t1(void *a) { s.u.y = 1; return 0; }
void *t2(void *a) { s.u.w[1] = 2; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
