/* TRUTH: racy — u.c[3] is byte 3, inside u.i's bytes 0-3; t1 writes u.c[3] while t2 writes u.i. */
#include <pthread.h>
union U { int i; char c[8]; } u;
void *t1(void *p) { u.c[3] = 1; return 0; }
void *t2(void *p) { u.i = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return u.c[4];
}
