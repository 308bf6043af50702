/* Racy: put(259) writes s[(unsigned char)259] == s[3], as put(3) does. */
#include <pthread.h>
int s[4];
static void put(unsigned char k) { s[k] = 1; }
static void *t1(void *x) { put(259); return x; }
static void *t2(void *x) { put(3); return x; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, 0, t1, 0);
    pthread_create(&q, 0, t2, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
}
