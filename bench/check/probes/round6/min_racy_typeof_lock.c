/* TRUTH: racy. __typeof__ does not evaluate pthread_mutex_lock(&m); g++ runs unlocked in both threads. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; __typeof__(pthread_mutex_lock(&m)) r = 0; g++; pthread_mutex_unlock(&m); return (void *)(long)r; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
