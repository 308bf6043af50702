/* TRUTH: racy. The comma expression locks and unlocks BEFORE g++; both threads increment unlocked. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; pthread_mutex_lock(&m), pthread_mutex_unlock(&m), g++; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return g; }
