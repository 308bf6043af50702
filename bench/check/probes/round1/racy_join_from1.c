/* TRUTH: racy. Join loop starts at 1: t[0] is never joined; its unlocked write to
   done_count races with main's read. */
#include <pthread.h>
#include <stdio.h>
#define N 3
int done_count;
void *worker(void *arg) { done_count = 1; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 1; i < N; i++) pthread_join(t[i], NULL);
  return done_count;
}
