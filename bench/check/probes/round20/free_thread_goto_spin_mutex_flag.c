/* TRUTH: race-free. consumer spins (goto loop in wait_go) until go, read under m, is set; main wrote buf before setting go under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int go, buf;
static void wait_go(void) {
    int g;
spin:
    pthread_mutex_lock(&m);
    g = go;
    pthread_mutex_unlock(&m);
    if (!g)
        goto spin;
}
void *consumer(void *a) {
    wait_go();
    buf = buf + 1;
    return a;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, consumer, 0);
    buf = 10;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
