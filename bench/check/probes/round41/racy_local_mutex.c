/* TRUTH: racy — each thread locks its OWN stack mutex m (line 5), so the two instances' `total++` (line 6) are not mutually excluded. */
#include <pthread.h>
int total;
void *w(void *a) {
  pthread_mutex_t m; pthread_mutex_init(&m, 0); pthread_mutex_lock(&m);
  total++;
  pthread_mutex_unlock(&m); pthread_mutex_destroy(&m); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return total; }
