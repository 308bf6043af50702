/* FREE: readers read a config struct under rdlock, a writer updates it under
   wrlock of the same rwlock. */
#include <pthread.h>
#include <stdio.h>
struct config { int timeout; int retries; };
static struct config cfg = { 10, 3 };
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static void *reader(void *a) {
    int *out = a;
    for (int i = 0; i < 1000; i++) {
        pthread_rwlock_rdlock(&rw);
        *out += cfg.timeout * cfg.retries;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
static void *writer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_wrlock(&rw);
        cfg.timeout = i;
        cfg.retries = i % 5;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
int main(void) {
    pthread_t r1, r2, w;
    int o1 = 0, o2 = 0;
    pthread_create(&r1, NULL, reader, &o1);
    pthread_create(&r2, NULL, reader, &o2);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(w, NULL);
    printf("%d %d\n", o1, o2);
    return 0;
}
