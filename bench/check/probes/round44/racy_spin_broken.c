/* TRUTH: racy — "spin lock" implemented as test-then-set on a plain int: the flag itself races and both threads can enter */
#include <pthread.h>
static int busy;
static int resource;
static void my_lock(void) {
    while (busy) { }
    busy = 1;
}
static void my_unlock(void) { busy = 0; }
static void *user(void *arg) {
    my_lock();
    resource = (int)(long)arg;
    my_unlock();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, user, (void *)1L);
    pthread_create(&b, NULL, user, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return resource;
}
