/* TRUTH: racy — inside the join loop main reads part[i+1] right after joining thread i, while thread i+1 may still be writing it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 4
int part[N];

void *worker(void *arg) {
  int id = (int)(long)arg;
  part[id] = id * id;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i, peek = 0;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, worker, (void *)(long)i);
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    if (i + 1 < N) peek += part[i + 1];
  }
  if (peek < 0) reach_error();
  return 0;
}
