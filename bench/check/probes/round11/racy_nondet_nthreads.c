// racy: with n=3 threads 0 and 2 both write data[id % 2] = data[0] concurrently.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
#define MAX 4
int data[MAX];
void *w(void *arg) {
  long id = (long)arg;
  data[id % 2] = (int)id * 10;
  return 0;
}
int main(void) {
  int n = __VERIFIER_nondet_int();
  __VERIFIER_assume(n >= 1 && n <= MAX);
  pthread_t th[MAX];
  for (int i = 0; i < n; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < n; i++) pthread_join(th[i], 0);
  int s = 0;
  for (int i = 0; i < n; i++) s += data[i];
  return s;
}
