/* TRUTH: racy — global flag set, but test reads a function-static of same name (0) */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started;
int check(void) { static int started; return started; }
int main(void) {
  pthread_create(&t, 0, w, 0); started = 1;
  if (check()) pthread_join(t, 0);
  x = 2;
  return 0;
}
