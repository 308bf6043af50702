/* TRUTH: free — the C11 3.14 example: in struct { char a; int b:5, c:11, :0, d:8; struct { int ee:8; } e; }, d and e.ee are separate memory locations; t1 writes s.d, t2 writes s.e.ee; t3 writes s.a, separate from b/c. */
#include <pthread.h>
struct S { char a; int b : 5, c : 11, : 0, d : 8; struct { int ee : 8; } e; } s;
void *t1(void *p) { s.d = 3; return 0; }
void *t2(void *p) { s.e.ee = 5; return 0; }
void *t3(void *p) { s.a = 1; return 0; }
int main(void)
{
    pthread_t x, y, z;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_create(&z, 0, t3, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    pthread_join(z, 0);
    return s.d + s.e.ee;
}
