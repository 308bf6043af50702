/* TRUTH: free — worker is created and joined under the same local flag c; main reads data only after the join or when no thread exists */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int data;
void *worker(void *a) { data = 9; return 0; }
int main(void) {
  pthread_t t;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_create(&t, 0, worker, 0);
  if (c) pthread_join(t, 0);
  return data;
}
