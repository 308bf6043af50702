/* TRUTH: free — a non-bit-field member `int sep` between the two bit-fields splits them into separate memory locations (C11 3.14); t1 writes s.a, t2 writes s.b only. */
#include <pthread.h>
struct S { unsigned a : 30; int sep; unsigned b : 30; } s;
void *t1(void *p) { s.a = 3; return 0; }
void *t2(void *p) { s.b = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s.a + s.b + s.sep;
}
