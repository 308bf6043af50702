/* TRUTH: free — u.a and u.b are two members of one union of the same type, so &u.a == &u.b: T1 locks via u.a and T2 via u.b, which is the same mutex object, and shared is only touched while holding it. */
#include <pthread.h>
#include <stdio.h>
static union { pthread_mutex_t a; pthread_mutex_t b; } u;
static int shared;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&u.a); shared++; pthread_mutex_unlock(&u.a); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&u.b); shared--; pthread_mutex_unlock(&u.b); }
    return arg;
}
int main(void) {
    pthread_t x, y;
    pthread_mutex_init(&u.a, NULL);
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", shared);
    return 0;
}
