/* TRUTH: racy — K is 1 and both threads get mode 0: the lock is taken only when mode == K, so both g++ under if (mode == 0) (line 9) run unlocked. */
#include <pthread.h>
#define K 1
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g;
static void *w(void *arg) {
    int mode = (int)(long)arg;
    if (mode == K) pthread_mutex_lock(&m);
    if (mode == 0) g++; // @A
    if (mode == K) pthread_mutex_unlock(&m);
    return 0;
}
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
