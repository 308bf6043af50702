/* TRUTH: free — thread a writes arr[1] and thread b writes *(q + 1) where q == arr + 1, i.e. arr[2]; distinct elements */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int arr[4];
int *q = arr + 1;

void *thread_a(void *arg) {
  arr[1] = 10;
  arr[1] = arr[1] + 1;
  return 0;
}

void *thread_b(void *arg) {
  *(q + 1) = 20;
  *(q + 1) = *(q + 1) + 1;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thread_a, 0);
  pthread_create(&b, 0, thread_b, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(arr[1] == 11 && arr[2] == 21)) reach_error();
  return 0;
}
