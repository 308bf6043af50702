// Account with its own mutex passed to both threads by pointer; the balance is
// only touched under a->m -> race-free.
#include <pthread.h>
#include <stdio.h>
struct acct { pthread_mutex_t m; long bal; };
static void *dep(void *arg) {
    struct acct *a = arg;
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&a->m); a->bal += 2; pthread_mutex_unlock(&a->m); }
    return NULL;
}
static void *wd(void *arg) {
    struct acct *a = arg;
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&a->m); a->bal -= 1; pthread_mutex_unlock(&a->m); }
    return NULL;
}
int main(void) {
    static struct acct a = { PTHREAD_MUTEX_INITIALIZER, 0 };
    pthread_t x, y;
    pthread_create(&x, NULL, dep, &a);
    pthread_create(&y, NULL, wd, &a);
    pthread_join(x, NULL); pthread_join(y, NULL);
    printf("%ld\n", a.bal);
    return 0;
}
