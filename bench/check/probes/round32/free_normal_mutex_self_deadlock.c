/* TRUTH: race-free. stuck() relocks a PTHREAD_MUTEX_NORMAL mutex it holds, which deadlocks (POSIX), so its write of x never happens; only main writes x. */
#include <pthread.h>
#include <unistd.h>
pthread_mutex_t m;
int x;
static void *stuck(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_t t;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_NORMAL);
    pthread_mutex_init(&m, &at);
    pthread_create(&t, NULL, stuck, NULL);
    x = 2;
    _exit(0);
}
