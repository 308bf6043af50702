// One thread locks m directly, the other through a global pointer to m: it is
// the same mutex, so the counter updates are mutually exclusive.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *mp = &m;
static int counter;
static void *t1(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); } return NULL; }
static void *t2(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) { pthread_mutex_lock(mp); counter++; pthread_mutex_unlock(mp); } return NULL; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
