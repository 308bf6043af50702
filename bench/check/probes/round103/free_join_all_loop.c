/* TRUTH: free — thread i writes only res[i]; main joins all N in a loop before summing */
#include <pthread.h>
#define N 4
extern void abort(void);
void reach_error(void) { abort(); }

int res[N];

void *work(void *arg) {
  long id = (long)arg;
  res[id] = (int)id + 1;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  int sum = 0;
  for (int i = 0; i < N; i++)
    sum += res[i];
  if (sum != 10) reach_error();
  return 0;
}
