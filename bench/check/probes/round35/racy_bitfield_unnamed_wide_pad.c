/* TRUTH: racy — `unsigned a : 4; unsigned : 28; unsigned : 16; unsigned b : 4;` has no zero-width member, so a and b (in different words) are still one memory location; t1 writes s.a, t2 writes s.b. */
#include <pthread.h>
struct S { unsigned a : 4; unsigned : 28; unsigned : 16; unsigned b : 4; } s;
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
