/* TRUTH: racy — #elif 1 branch defines OK 1 (probe returns 1); main joins only if ==0 */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#if 0
#define OK 0
#elif 1
#define OK 1
#else
#define OK 0
#endif
int probe(void) { pthread_create(&t, 0, w, 0); return OK; }
int main(void) {
  if (probe() == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
