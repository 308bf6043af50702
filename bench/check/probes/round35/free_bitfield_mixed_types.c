/* TRUTH: free — the non-bit-field member `char sep` between them puts s.a and s.b in separate memory locations (C11 3.14 note 2); t1 writes only s.a, t2 writes only s.b; main reads after both joins. */
#include <pthread.h>
struct S { unsigned char a : 4; char sep; unsigned short b : 4; } s;
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
