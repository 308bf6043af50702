/* TRUTH: free — '__thread' scratch buffer is private to each thread; only the locked 'best' is shared */
#include <pthread.h>

__thread int scratch[4];
int best;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *scan(void *arg) {
  int base = (int)(long)arg;
  int mx = 0;
  for (int i = 0; i < 4; i++) {
    scratch[i] = base + i;
    if (scratch[i] > mx) mx = scratch[i];
  }
  pthread_mutex_lock(&m);
  if (mx > best) best = mx;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, scan, (void *)10L);
  pthread_create(&b, 0, scan, (void *)20L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return best;
}
