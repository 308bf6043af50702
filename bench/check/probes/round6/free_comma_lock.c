/* TRUTH: race-free. The comma expression sequences lock, g++, unlock in that order in both threads. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; (pthread_mutex_lock(&m), g++, pthread_mutex_unlock(&m)); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); (pthread_mutex_lock(&m), g++, pthread_mutex_unlock(&m)); pthread_join(t, 0); return g; }
