/* TRUTH: free — lm is a function-static mutex, one object shared by both threads; total += 2 is under it */
#include <pthread.h>
int total;
void *w(void *a) {
  static pthread_mutex_t lm = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&lm);
  total += 2;
  pthread_mutex_unlock(&lm);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return total;
}
