/* TRUTH: racy — side effect in an if condition that folds to a constant still runs (x written / thread started) while w runs */
#include <pthread.h>
int x, y; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
void wr(void) { x = 3; }
int wri(void) { x = 3; return 0; }
int main(void) {
pthread_create(&t, 0, w, 0); if ((x = 3) || 1) y = 1; pthread_join(t, 0); return 0;
}
