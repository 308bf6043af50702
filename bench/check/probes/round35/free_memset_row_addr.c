/* TRUTH: free — memset(&m[1], 0, sizeof m[1]) (pointer to row 1) writes only row 1; t2 writes m[0][2]. */
#include <pthread.h>
#include <string.h>
int m[3][4];
void *t1(void *p) { memset(&m[1], 0, sizeof m[1]); return 0; }
void *t2(void *p) { m[0][2] = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return m[0][2];
}
