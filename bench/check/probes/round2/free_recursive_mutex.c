/* TRUTH: free. Recursive function re-takes a recursive mutex at each level before
   touching depth_total. */
#include <pthread.h>
int depth_total;
pthread_mutex_t rm;
static void walk(int n) {
  pthread_mutex_lock(&rm);
  depth_total++;
  if (n > 0) walk(n - 1);
  pthread_mutex_unlock(&rm);
}
void *worker(void *arg) { walk(5); return NULL; }
int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at);
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return depth_total;
}
