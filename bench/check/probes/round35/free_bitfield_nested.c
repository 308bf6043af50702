/* TRUTH: free — s.x.a and s.y.b are bit-fields of two different struct members x and y; they are not adjacent bit-fields of one sequence, so separate memory locations; t1 writes s.x.a, t2 writes s.y.b. */
#include <pthread.h>
struct In1 { unsigned a : 4; };
struct In2 { unsigned b : 4; };
struct S { struct In1 x; struct In2 y; } s;
void *t1(void *p) { s.x.a = 3; return 0; }
void *t2(void *p) { s.y.b = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s.x.a + s.y.b;
}
