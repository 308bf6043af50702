/* TRUTH: free — main touches x and ready only when i != 0, holding m (taken before, kept through the condition wait); t uses m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x, ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *t(void *a) {
  pthread_mutex_lock(&m); x = 1; ready = 1;
  pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) pthread_mutex_lock(&m);
  if (i) { while (!ready) pthread_cond_wait(&cv, &m); }
  if (i) { x++; pthread_mutex_unlock(&m); }
  pthread_join(id, 0);
  return 0;
}
