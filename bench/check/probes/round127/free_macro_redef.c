/* TRUTH: free — OK is 0 at both uses (later define inside #if 0 and comment) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#define OK 0
int probe(void) { pthread_create(&t, 0, w, 0); return OK; }
#if 0
#undef OK
#define OK 1
#endif
/* #undef OK
#define OK 1 */
int main(void) {
  if (probe() == OK) pthread_join(t, 0);
  x = 2;
  return 0;
}
