/* TRUTH: racy — i != 0: rel() releases m before x++, which then races with t writing x under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
static void rel(void) { pthread_mutex_unlock(&m); }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  if (i) pthread_mutex_lock(&m);
  pthread_create(&id, 0, t, 0);
  if (i) rel();
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
