/* TRUTH: race-free. main holds m from before starting reader until after x = 2; reader reads x only after taking m. The goto loop after it only bumps a local. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *reader(void *a) {
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)x;
}
int main(void) {
    pthread_t t;
    int n = 0;
    pthread_mutex_lock(&m);
    pthread_create(&t, 0, reader, 0);
    x = 2;
    pthread_mutex_unlock(&m);
L:
    if (++n < 3)
        goto L;
    pthread_join(t, 0);
    return n;
}
