/* TRUTH: race-free. State machine; every access to x holds m. */
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
    int state = 0;
top:
    switch (state) {
    case 0:
        pthread_create(&t, 0, f, 0);
        state = 1;
        goto top;
    case 1:
        pthread_mutex_lock(&m);
        x++;
        pthread_mutex_unlock(&m);
        state = 2;
        goto top;
    default:
        break;
    }
    pthread_join(t, 0);
    return 0;
}
