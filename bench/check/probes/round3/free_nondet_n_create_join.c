/* TRUTH: free. n (nondet, clamped) threads created and joined with the same n; each writes
   its own element res[i]; main reads after joins. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int res[8];
static void *w(void *v) { int *p = v; *p = 1; return NULL; }
int main(void) {
  pthread_t t[8];
  int n = __VERIFIER_nondet_int();
  if (n < 0 || n > 8) n = 8;
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, w, &res[i]);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < 8; i++) s += res[i];
  return s;
}
