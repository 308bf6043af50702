/* race-free: pthread_mutex_lock((&m1, &m2)) locks m2 (the comma's right operand); thread b
   holds m2 too: both writes of count are under m2. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int count;
static void *ta(void *arg) {
    (void)arg;
    pthread_mutex_lock((&m1, &m2));
    count++;
    pthread_mutex_unlock(&m2);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m2);
    count++;
    pthread_mutex_unlock(&m2);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return count;
}
