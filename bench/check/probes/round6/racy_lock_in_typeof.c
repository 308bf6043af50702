/* TRUTH: racy. __typeof__(pthread_mutex_lock(&m)) does not evaluate the call; g++ is unprotected. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; __typeof__(pthread_mutex_lock(&m)) r = 0; g++; __typeof__(pthread_mutex_unlock(&m)) s = r; return (void *)(long)s; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return g; }
