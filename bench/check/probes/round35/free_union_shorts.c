/* TRUTH: free — u.s[0] and u.s[1] are two distinct short objects inside the union (bytes 0-1 and 2-3); t1 writes u.s[0], t2 writes u.s[1]. */
#include <pthread.h>
union U { int i; short s[2]; } u;
void *t1(void *p) { u.s[0] = 1; return 0; }
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
