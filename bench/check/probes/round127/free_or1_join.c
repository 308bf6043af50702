/* TRUTH: free — pthread_join/lock inside an if condition that folds to a constant still executes before x=2 */
#include <pthread.h>
int x, y; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
int main(void) {
pthread_create(&t, 0, w, 0); if (pthread_join(t, 0) || 1) x = 2; return 0;
}
