/* TRUTH: race-free. take() returns only after locking m on its goto path; worker writes x holding m, and main writes x under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
static void take(void) {
    int n = 0;
L:
    if (n)
        return;
    n = 1;
    pthread_mutex_lock(&m);
    goto L;
}
void *worker(void *a) {
    take();
    x = 1;
    pthread_mutex_unlock(&m);
    return a;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_mutex_lock(&m);
    x = 2;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
