/* TRUTH: free — thread h locks m and ends without unlocking; with v == 3 main blocks on m forever, never writing x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *hold(void *a) { pthread_mutex_lock(&m); return 0; }
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_t h;
  pthread_create(&h, 0, hold, 0);
  pthread_join(h, 0);
  pthread_create(&id, 0, t, 0);
  if (v == 3) {
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
  }
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
