/* TRUTH: free — main locks m and never unlocks it; T2 blocks forever in pthread_mutex_lock(&m), so its write x = 2 never runs; x is otherwise written by T1 and read by main after joining T1 (main never joins T2 and exits). */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void *t1(void *arg) { x = 1; return arg; }
static void *t2(void *arg) {
    pthread_mutex_lock(&m);
    x = 2;
    pthread_mutex_unlock(&m);
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_mutex_lock(&m);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    printf("%d\n", x);
    return 0;
}
