/* TRUTH: racy. With argc > 1 the goto enters the loop body past the lock; c++ then runs unlocked while w increments c under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int c;
void *w(void *a) { pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m); return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int i = 0;
    (void)argv;
    pthread_create(&t, 0, w, 0);
    if (argc > 1)
        goto body;
    while (i < 2) {
        pthread_mutex_lock(&m);
    body:
        c++;
        pthread_mutex_unlock(&m);
        i++;
    }
    pthread_join(t, 0);
    return 0;
}
