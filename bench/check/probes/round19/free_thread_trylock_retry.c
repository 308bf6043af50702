/* TRUTH: race-free. Threads reach x++ only after trylock succeeded (goto retry otherwise); main locks too. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
retry:
    if (pthread_mutex_trylock(&m) != 0)
        goto retry;
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    pthread_mutex_lock(&m);
    x += 5;
    pthread_mutex_unlock(&m);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
