/* TRUTH: race-free. Every access to x holds m. */
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
    pthread_t t[3];
    int i = 0;
again:
    pthread_mutex_lock(&m);
    x += 10;
    pthread_mutex_unlock(&m);
    pthread_create(&t[i], 0, f, 0);
    if (++i < 3)
        goto again;
    for (i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    return 0;
}
