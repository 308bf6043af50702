/* TRUTH: racy — an unnamed bit-field of nonzero width (`unsigned : 4`) is still a bit-field, so a, the padding and b form one sequence of adjacent nonzero-width bit-fields: one memory location; t1 writes s.a, t2 writes s.b. */
#include <pthread.h>
struct S { unsigned a : 4; unsigned : 4; unsigned b : 4; } s;
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
