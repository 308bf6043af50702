/* TRUTH: racy — without the zero-width separator s.a and s.b are adjacent nonzero-width bit-fields, one memory location (C11 3.14); t1's write `s.a = 3` and t2's write `s.b = 5` are unordered (both threads started before either join). */
#include <pthread.h>
struct S { unsigned a : 4; unsigned b : 4; } s;
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
