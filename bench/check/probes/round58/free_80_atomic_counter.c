/* TRUTH: free — both threads increment n only with atomic_fetch_add; main reads n after joining. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int n;
static void *w(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) atomic_fetch_add(&n, 1); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return atomic_load(&n) != 2000;
}
