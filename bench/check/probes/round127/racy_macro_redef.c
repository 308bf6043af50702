/* TRUTH: racy — probe returns OK=0 (define in force there); main compares with redefined OK=1, no join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#define OK 0
int probe(void) { pthread_create(&t, 0, w, 0); return OK; }
#undef OK
#define OK 1
int main(void) {
  if (probe() == OK) pthread_join(t, 0);
  x = 2;
  return 0;
}
