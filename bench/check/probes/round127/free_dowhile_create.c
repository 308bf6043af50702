/* TRUTH: free — retry create until success; the failed attempts started nothing; joined */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int main(void) {
  int r, tries = 0;
  do { r = pthread_create(&t, 0, w, 0); } while (r != 0 && ++tries < 3);
  if (r != 0) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 2;
  return 0;
}
