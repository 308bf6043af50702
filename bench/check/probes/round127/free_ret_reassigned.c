/* TRUTH: free — ret reassigned after join inside the if */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) { if (pthread_create(&t, 0, w, 0) != 0) return -1; return 0; }
int main(void) {
  int ret;
  ret = probe();
  if (ret == 0) { pthread_join(t, 0); ret = -1; }
  if (ret != 0) x = 2;
  return 0;
}
