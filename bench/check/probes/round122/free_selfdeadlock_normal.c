/* TRUTH: free — with i != 0 main relocks its own PTHREAD_MUTEX_NORMAL mutex and deadlocks forever before x++; with i == 0 x++ is skipped */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
pthread_mutex_t m;
int main(void) {
  pthread_t id;
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, PTHREAD_MUTEX_NORMAL);
  pthread_mutex_init(&m, &a);
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) { pthread_mutex_lock(&m); pthread_mutex_lock(&m); }
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
