/* TRUTH: race-free. main holds m across its whole goto loop (locked before the label, unlocked after); f locks m. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    int i = 0;
    pthread_create(&t, 0, f, 0);
    pthread_mutex_lock(&m);
again:
    x++;
    if (++i < 3)
        goto again;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
