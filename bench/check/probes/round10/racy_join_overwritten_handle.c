/* racy: the same pthread_t variable is reused for three threads; only the last
   one is joined, then main reads `sum` which earlier threads may still be
   writing (they write under a lock, main reads without it). */
#include <pthread.h>
static int sum;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *x) { pthread_mutex_lock(&m); sum += (int)(long)x; pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t t;
    for (long i = 1; i <= 3; i++)
        pthread_create(&t, 0, w, (void *)i);
    pthread_join(t, 0);
    return sum;
}
