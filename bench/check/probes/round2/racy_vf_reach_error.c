/* TRUTH: racy. Two threads increment x without sync; main checks with reach_error after
   joining (the check itself is fine, the increments race). */
#include <pthread.h>
#include <assert.h>
void reach_error(void) { assert(0); }
int x;
void *worker(void *arg) { int t = x; x = t + 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (x != 2) reach_error();
  return 0;
}
