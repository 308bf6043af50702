/* TRUTH: race-free. Classic retry: goto back until trylock succeeds; c++ always runs holding m, as in w. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int c;
void *w(void *a) { pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m); return a; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
retry:
    if (pthread_mutex_trylock(&m) != 0)
        goto retry;
    c++;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
