/* TRUTH: free — all threads lock locks[0] (the same mutex) around total */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#define N 2
pthread_mutex_t locks[N];
int total = 0;

void *worker(void *arg) {
  int id = *(int *)arg;
  int rounds = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(rounds > 0 && rounds < 3);
  for (i = 0; i < rounds; i++) {
    pthread_mutex_lock(&locks[0]);
    total = total + id + 1;
    pthread_mutex_unlock(&locks[0]);
  }
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N];
  int i;
  for (i = 0; i < N; i++) pthread_mutex_init(&locks[i], 0);
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, worker, &ids[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  if (!(total >= 3)) reach_error();
  return 0;
}
