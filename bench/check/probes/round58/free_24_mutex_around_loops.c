/* TRUTH: free — both loops over a[0..7] run entirely under the same global mutex m. */
#include <pthread.h>
static int a[8];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t1(void *p) { (void)p; pthread_mutex_lock(&m); for (int i = 0; i < 8; i++) a[i] += 1; pthread_mutex_unlock(&m); return NULL; }
static void *t2(void *p) { (void)p; pthread_mutex_lock(&m); for (int i = 0; i < 8; i++) a[i] += 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
