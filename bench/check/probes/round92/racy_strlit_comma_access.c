/* racy: *("tag", &shared) is shared itself (the comma's value); both threads write it
   with no lock. */
#include <pthread.h>
static int shared;
static void *ta(void *arg) {
    (void)arg;
    *("tag", &shared) = 1;
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    shared = 2;
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
