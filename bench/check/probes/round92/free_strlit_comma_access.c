/* race-free: *("tag", &shared) is shared itself; both threads write it under lock m,
   one through the comma expression. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *ta(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    *("tag", &shared) = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    shared = 2;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return shared;
}
