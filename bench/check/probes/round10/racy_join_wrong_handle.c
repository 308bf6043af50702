/* racy: main joins th[0] twice (typo) instead of th[1], then reads the value
   thread 1 writes. */
#include <pthread.h>
static int res[2];
static void *t(void *x) { long i = (long)x; res[i] = 1; return 0; }
int main(void) {
    pthread_t th[2];
    pthread_create(&th[0], 0, t, (void *)0L);
    pthread_create(&th[1], 0, t, (void *)1L);
    pthread_join(th[0], 0);
    int v = res[1];
    pthread_join(th[1], 0);
    return v;
}
