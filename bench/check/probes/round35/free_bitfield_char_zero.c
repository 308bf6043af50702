/* TRUTH: free — the unnamed zero-width bit-field `unsigned char : 0` ends the bit-field sequence (C11 3.14: a zero-length bit-field separates), so s.a and s.b are separate memory locations. */
#include <pthread.h>
struct S { unsigned a : 4; unsigned char : 0; unsigned b : 4; } s;
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
