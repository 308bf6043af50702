/* TRUTH: racy. m is held in pass 1 only (taken before the label, released in pass 1); pass 2's x++ is unlocked while f (locked x++) runs. */
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
    pthread_mutex_lock(&m);
again:
    x++;
    if (i == 0) {
        pthread_mutex_unlock(&m);
        pthread_create(&t, 0, f, 0);
    }
    if (++i < 2)
        goto again;
    pthread_join(t, 0);
    return 0;
}
