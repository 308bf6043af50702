/* TRUTH: race-free. m2 is asm label "m": the same mutex as m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
extern pthread_mutex_t m2 __asm__("m");
int g;
void *w(void *a) { (void)a; pthread_mutex_lock(&m2); g = 1; pthread_mutex_unlock(&m2); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_mutex_lock(&m); g = 2; pthread_mutex_unlock(&m); pthread_join(t, 0); return 0; }
