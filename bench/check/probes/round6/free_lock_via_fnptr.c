/* TRUTH: race-free. Both threads take m, one through function pointers to pthread_mutex_lock/unlock. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
int (*acq)(pthread_mutex_t *) = pthread_mutex_lock;
int (*rel)(pthread_mutex_t *) = pthread_mutex_unlock;
void *w(void *a) { (void)a; acq(&m); g++; rel(&m); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); pthread_join(t, 0); return g; }
