/* TRUTH: racy — ret is unsigned char; probe returns 256 on running path -> ret 0 -> no join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) {
  pthread_create(&t, 0, w, 0);
  if (__VERIFIER_nondet_int()) return 1;
  return 256;
}
int main(void) {
  unsigned char ret;
  ret = probe();
  if (ret) pthread_join(t, 0);
  x = 2;
  return 0;
}
