/* TRUTH: racy — inventory is updated under lock_a in one thread and under lock_b in the other */
#include <pthread.h>
static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static int inventory = 100;
static void *seller(void *a) {
    (void)a;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&lock_a);
        inventory--;
        pthread_mutex_unlock(&lock_a);
    }
    return NULL;
}
static void *restocker(void *a) {
    (void)a;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&lock_b);
        inventory += 2;
        pthread_mutex_unlock(&lock_b);
    }
    return NULL;
}
int main(void) {
    pthread_t s, r;
    pthread_create(&s, NULL, seller, NULL);
    pthread_create(&r, NULL, restocker, NULL);
    pthread_join(s, NULL);
    pthread_join(r, NULL);
    return inventory;
}
