/* TRUTH: race-free. Every access to counter is between enter() and leave(), which lock and unlock the same mutex. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
static void enter(void) { pthread_mutex_lock(&m); }
static void leave(void) { pthread_mutex_unlock(&m); }
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        enter();
        counter++;
        leave();
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    int i;
    for (i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    enter();
    counter += 5;
    leave();
    for (i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return counter;
}
