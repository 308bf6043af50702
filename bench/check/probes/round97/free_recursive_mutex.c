/* FREE: a recursive mutex lets log_line() be called both with and without the lock
   already held by the caller; `lines` is always accessed with the lock held. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t rm;
static int lines;
static void log_line(const char *s) {
    pthread_mutex_lock(&rm);
    lines++;
    (void)s;
    pthread_mutex_unlock(&rm);
}
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&rm);
        log_line("begin");
        lines += 2;
        pthread_mutex_unlock(&rm);
        log_line("end");
    }
    return NULL;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", lines);
    return 0;
}
