/* TRUTH: racy — in the C11 3.14 example b and c are one memory location (adjacent bit-fields before the :0); t1 writes s.b, t2 writes s.c. */
#include <pthread.h>
struct S { char a; int b : 5, c : 11, : 0, d : 8; struct { int ee : 8; } e; } s;
void *t1(void *p) { s.b = 3; return 0; }
void *t2(void *p) { s.c = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s.b + s.c;
}
