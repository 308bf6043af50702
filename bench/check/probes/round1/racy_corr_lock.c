/* TRUTH: racy. The worker takes the lock only when its nondet value is non-zero; on
   other runs it writes `g` unprotected while main holds the lock and writes it. */
#include <pthread.h>
extern int nondet(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *worker(void *arg) {
  int x = nondet();
  if (x) pthread_mutex_lock(&m);
  g++;
  if (x) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m);
  pthread_join(t, NULL);
  return g;
}
