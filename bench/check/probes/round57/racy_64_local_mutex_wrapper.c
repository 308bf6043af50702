/* TRUTH: racy — each thread locks its OWN stack-local mutex `m` (via lk/ul wrappers), which excludes nothing; both threads do n++ on the global n concurrently. (Written after analysing racy_34, as a reduced follow-up.) */
#include <pthread.h>
#include <stdio.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *prod(void *a) {
    (void)a;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
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
