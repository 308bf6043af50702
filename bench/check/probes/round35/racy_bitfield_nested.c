/* TRUTH: racy — s.x.a and s.x.b are adjacent bit-fields of the same inner struct: one memory location; t1 writes s.x.a, t2 writes s.x.b unordered. */
#include <pthread.h>
struct In1 { unsigned a : 4; unsigned b : 4; };
struct S { struct In1 x; int pad; } s;
void *t1(void *p) { s.x.a = 3; return 0; }
void *t2(void *p) { s.x.b = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s.x.a + s.x.b;
}
