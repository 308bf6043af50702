/* TRUTH: free — config table read under rdlock by readers, written under wrlock by the updater */
#include <pthread.h>
#include <string.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static struct { char name[16]; int version; int limits[4]; } config = {"init", 1, {1, 2, 3, 4}};
static void *reader(void *arg) {
    long *acc = arg;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_rdlock(&rw);
        *acc += config.version + config.limits[i % 4] + config.name[0];
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
static void *updater(void *arg) {
    (void)arg;
    for (int v = 2; v < 10; v++) {
        pthread_rwlock_wrlock(&rw);
        config.version = v;
        config.limits[v % 4] = v * 10;
        strcpy(config.name, v & 1 ? "odd" : "even");
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
int main(void) {
    long acc[3] = {0};
    pthread_t r[3], w;
    for (int i = 0; i < 3; i++) pthread_create(&r[i], NULL, reader, &acc[i]);
    pthread_create(&w, NULL, updater, NULL);
    for (int i = 0; i < 3; i++) pthread_join(r[i], NULL);
    pthread_join(w, NULL);
    return (int)(acc[0] & 1);
}
