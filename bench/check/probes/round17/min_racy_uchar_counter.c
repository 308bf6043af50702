/* Racy: the unsigned char counter wraps 255 -> 0, so t1 writes b[3] too. */
#include <pthread.h>
int b[256];
static void *t1(void *x)
{
    for (unsigned char c = 250; c < 300; c++) {
        b[c] = 1;
        if (c == 5)
            break;
    }
    return x;
}
static void *t2(void *x) { b[3] = 2; return x; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, 0, t1, 0);
    pthread_create(&q, 0, t2, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
}
