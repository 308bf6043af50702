/* TRUTH: free — the helper that touches x is only called with m held by its caller in both threads */
#include <pthread.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void add(int k) { x += k; }
void *t(void *a) {
  pthread_mutex_lock(&m);
  add((int)(long)a);
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1);
  pthread_create(&b, 0, t, (void *)2);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
