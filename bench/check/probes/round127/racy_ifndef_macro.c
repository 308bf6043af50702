/* TRUTH: racy — #ifndef OK skipped since OK already 1; probe returns 1, main tests ==0 then join: no join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#define OK 1
#ifndef OK
#define OK 0
#endif
int probe(void) { pthread_create(&t, 0, w, 0); return OK; }
int main(void) {
  if (probe() == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
