/* TRUTH: race-free. count in left() and count in right() are two different static objects; each is touched by one thread only. */
#include <pthread.h>
static void *left(void *arg) {
    static int count;
    (void)arg;
    count++;
    return NULL;
}
static void *right(void *arg) {
    static int count;
    (void)arg;
    count++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
