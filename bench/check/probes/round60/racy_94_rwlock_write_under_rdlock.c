/* TRUTH: racy — both threads write hits under a READ lock, which admits both at once; the plain hits++ race. */
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int hits;
static void *work(void *arg) {
    for (int i = 0; i < 1000; i++) {
        pthread_rwlock_rdlock(&rw);
        hits++;
        pthread_rwlock_unlock(&rw);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
