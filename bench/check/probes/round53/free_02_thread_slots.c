/* TRUTH: free — each thread writes only results[id] with a distinct id; main reads after joining all */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_02_thread_slots.c", 6, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
#define N 5
int results[N];

void *thr(void *arg) {
  int id = (int)(intptr_t)arg;
  results[id] = id * 2;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, thr, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  int sum = 0;
  for (int i = 0; i < N; i++)
    sum += results[i];
  if (sum != 20) reach_error();
  return 0;
}
