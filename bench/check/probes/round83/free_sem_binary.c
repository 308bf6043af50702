/* TRUTH: free — binary semaphore (initial 1) used as a mutex around counter++ */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <semaphore.h>
sem_t gate;
int counter = 0;

void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    sem_wait(&gate);
    counter++;
    sem_post(&gate);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  sem_init(&gate, 0, 1);
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(counter >= 2)) reach_error();
  return 0;
}
