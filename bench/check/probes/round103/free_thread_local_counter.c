/* TRUTH: free — 'calls' is _Thread_local, so each thread increments its own copy; totals[id] is per-thread */
#include <pthread.h>
#define N 3

_Thread_local int calls;
int totals[N];

static void note(void) { calls++; }

void *worker(void *arg) {
  long id = (long)arg;
  for (int i = 0; i <= id; i++) note();
  totals[id] = calls;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, worker, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return totals[2] + calls;
}
