/* TRUTH: free — the mutex m is a function-static (one object shared by both instances), so `total++` (line 6) is always under the same lock. */
#include <pthread.h>
int total;
void *w(void *a) {
  static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_lock(&m);
  total++;
  pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return total; }
