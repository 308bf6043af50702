/* TRUTH: free — depth is only touched while holding the recursive mutex (taken twice via nested helper); main reads after join. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t rm;
static int depth;
static void inner(void) {
    pthread_mutex_lock(&rm);
    depth++;
    pthread_mutex_unlock(&rm);
}
static void *work(void *arg) {
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&rm);
        inner();
        depth--;
        pthread_mutex_unlock(&rm);
    }
    return arg;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", depth);
    return 0;
}
