/* TRUTH: free — probe joins a; main joins b on the 0 path before writing */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

pthread_t a, b;
int probe(void) {
  if (pthread_create(&a, 0, w, 0) != 0) return -1;
  if (pthread_create(&b, 0, w, 0) != 0) { pthread_join(a, 0); return -1; }
  pthread_join(a, 0);
  return 0;
}
int main(void) {
  if (probe() == 0) { pthread_join(b, 0); x = 2; }
  x = 3;
  return 0;
}
