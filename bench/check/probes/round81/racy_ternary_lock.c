/* TRUTH: racy — worker locks only when id==1; thread 0 runs x++ unlocked (ternary selects no lock) */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { long id = (long)a; id ? pthread_mutex_lock(&m) : 0; x++; id ? pthread_mutex_unlock(&m) : 0; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
