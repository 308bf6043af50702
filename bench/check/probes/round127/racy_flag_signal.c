/* TRUTH: racy — raise() runs handler that clears flag; join skipped */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#include <signal.h>
volatile sig_atomic_t started;
void h(int s) { started = 0; }
int main(void) {
  signal(SIGUSR1, h);
  pthread_create(&t, 0, w, 0); started = 1;
  raise(SIGUSR1);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
