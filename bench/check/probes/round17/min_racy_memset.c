/* Racy: memset(&t[2], 0, 4 ints) clears t[2..5], including t[4]. */
#include <pthread.h>
#include <string.h>
int t[8];
static void *t1(void *x) { memset(&t[2], 0, 4 * sizeof(int)); return x; }
static void *t2(void *x) { t[4] = 7; return x; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, 0, t1, 0);
    pthread_create(&q, 0, t2, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
}
