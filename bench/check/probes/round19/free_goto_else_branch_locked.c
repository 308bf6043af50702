/* TRUTH: race-free. Both main's else branch and f access x under m. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
    pthread_mutex_lock(&m);
    x = 2;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    int i = 0;
again:
    if (i == 0) {
        pthread_create(&t, 0, f, 0);
        i = 1;
        goto again;
    } else {
        pthread_mutex_lock(&m);
        x = 1;
        pthread_mutex_unlock(&m);
    }
    pthread_join(t, 0);
    return 0;
}
