/* TRUTH: free — both threads lock the same global mutex `m` (via lk/ul wrappers) around n++. (Twin of racy_64, written after analysing racy_34.) */
#include <pthread.h>
#include <stdio.h>
static int n;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void lk(pthread_mutex_t *mx) { pthread_mutex_lock(mx); }
static void ul(pthread_mutex_t *mx) { pthread_mutex_unlock(mx); }
static void *prod(void *a) {
    (void)a;
    for (int i = 0; i < 20; i++) { lk(&m); n++; ul(&m); }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, prod, NULL);
    pthread_create(&b, NULL, prod, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", n);
    return 0;
}
