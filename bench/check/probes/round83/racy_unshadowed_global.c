/* TRUTH: racy — worker_a has no local shadow this time and updates the global count concurrently with worker_b */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int count = 0;
int out_a;

void *worker_a(void *arg) {
  int i;
  for (i = 0; i < 5; i++)
    count = count + i;
  out_a = count;
  return 0;
}

void *worker_b(void *arg) {
  int i;
  for (i = 0; i < 5; i++)
    count = count + 1;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker_a, 0);
  pthread_create(&b, 0, worker_b, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(count <= 15)) reach_error();
  return 0;
}
