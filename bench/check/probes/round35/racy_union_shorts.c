/* TRUTH: racy — t1 writes u.i (bytes 0-3), t2 writes u.s[1] (bytes 2-3): overlapping storage, unordered. */
#include <pthread.h>
union U { int i; short s[2]; } u;
void *t1(void *p) { u.i = 1; return 0; }
void *t2(void *p) { u.s[1] = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return u.i;
}
