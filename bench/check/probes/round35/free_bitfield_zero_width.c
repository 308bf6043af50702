/* TRUTH: free — s.a and s.b are separated by a zero-width bit-field `unsigned : 0`, so by C11 3.14 they are two memory locations; t1 writes only s.a, t2 writes only s.b; main reads both after joining both. */
#include <pthread.h>
struct S { unsigned a : 4; unsigned : 0; unsigned b : 4; } s;
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
