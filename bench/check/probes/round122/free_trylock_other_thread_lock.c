/* TRUTH: free — x written by main only under m (i != 0, taken before); the trylock in between only ever locks and unlocks m when i == 0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int y;
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) pthread_mutex_lock(&m);
  if (!pthread_mutex_trylock(&m)) { y = 1; pthread_mutex_unlock(&m); }
  if (!i) return 0;
  x++;
  pthread_mutex_unlock(&m);
  pthread_join(id, 0);
  return y;
}
