/* TRUTH: race-free. main re-takes m before each goto back, so c++ after L is always under m, as in w. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int c;
void *w(void *a) { pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m); return a; }
int main(void) {
    pthread_t t;
    int n = 0;
    pthread_mutex_lock(&m);
L:
    c++;
    pthread_mutex_unlock(&m);
    if (n++ == 0) {
        pthread_create(&t, 0, w, 0);
        pthread_mutex_lock(&m);
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
