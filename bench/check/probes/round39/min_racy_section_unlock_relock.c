/* TRUTH: racy — main "holds" m around T's whole life but briefly unlocks and relocks it in between; U can take m in that window and write `x = 2` while T writes `x = 1`. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void *T(void *p) { (void)p; x = 1; return 0; }
static void *U(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  x = 2;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t, u;
  pthread_create(&u, 0, U, 0);
  pthread_mutex_lock(&m);
  pthread_create(&t, 0, T, 0);
  pthread_mutex_unlock(&m);
  pthread_mutex_lock(&m);
  pthread_join(t, 0);
  pthread_mutex_unlock(&m);
  pthread_join(u, 0);
  return x;
}
