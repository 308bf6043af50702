/* TRUTH: free — the threads lock and unlock the same mutex through function pointers initialised to pthread_mutex_lock / pthread_mutex_unlock; counter is only touched while holding it. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int (*do_lock)(pthread_mutex_t *) = pthread_mutex_lock;
static int (*do_unlock)(pthread_mutex_t *) = pthread_mutex_unlock;
static long counter;
static void *work(void *arg) {
    for (int i = 0; i < 1000; i++) { do_lock(&m); counter++; do_unlock(&m); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
