/* TRUTH: racy — side effect in an if condition that folds to a constant still runs (x written / thread started) while w runs */
#include <pthread.h>
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
int probe2(void) { pthread_create(&t, 0, w, 0); return 0; }
int main(void) {
if ((pthread_create(&t, 0, w, 0), 1)) x = 2; return 0;
}
