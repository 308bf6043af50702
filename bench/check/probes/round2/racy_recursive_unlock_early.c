/* TRUTH: racy. The recursion happens after the unlock, and the post-recursion update of
   depth_total is outside the lock. */
#include <pthread.h>
int depth_total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void walk(int n) {
  pthread_mutex_lock(&m);
  depth_total++;
  pthread_mutex_unlock(&m);
  if (n > 0) walk(n - 1);
  depth_total--;
}
void *worker(void *arg) { walk(3); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return depth_total;
}
