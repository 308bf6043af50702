/* TRUTH: racy — main holds m while creating T and then writes x before unlocking; T reads x BEFORE it takes m (it locks m only afterwards), so T's plain read is unordered with main's plain write made while main still held m. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static int seen;
static void *t(void *arg) {
    seen = x;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return arg;
}
int main(void) {
    pthread_t th;
    pthread_mutex_lock(&m);
    pthread_create(&th, NULL, t, NULL);
    x = 1;
    pthread_mutex_unlock(&m);
    pthread_join(th, NULL);
    printf("%d\n", seen);
    return 0;
}
