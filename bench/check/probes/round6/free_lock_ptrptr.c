/* TRUTH: race-free. *lpp is &m; worker locks through the double pointer, main locks m directly. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *lp = &m; pthread_mutex_t **lpp = &lp;
int g;
void *w(void *a) { (void)a; pthread_mutex_lock(*lpp); g++; pthread_mutex_unlock(*lpp); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); pthread_join(t, 0); return g; }
