/* TRUTH: race-free. wait_done() waits (goto loop around pthread_cond_wait) until done, set under m after w wrote res; main reads res afterwards and writes it. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int done, res;
void *w(void *a) {
    res = 5;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return a;
}
static void wait_done(void) {
    pthread_mutex_lock(&m);
L:
    if (!done) {
        pthread_cond_wait(&cv, &m);
        goto L;
    }
    pthread_mutex_unlock(&m);
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    wait_done();
    res = res + 1;
    pthread_join(t, 0);
    return 0;
}
