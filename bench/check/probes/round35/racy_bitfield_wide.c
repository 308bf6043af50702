/* TRUTH: racy — `unsigned a : 30; unsigned b : 30;` are adjacent nonzero-width bit-fields; even though b lands in the next storage unit, C11 3.14 makes the whole sequence one memory location; t1 writes s.a, t2 writes s.b concurrently. */
#include <pthread.h>
struct S { unsigned a : 30; unsigned b : 30; } s;
void *t1(void *p) { s.a = 3; return 0; }
void *t2(void *p) { s.b = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s.a + s.b;
}
