/* TRUTH: racy — the mutex is `_Thread_local`: each worker locks its own copy, so the two `total += s` are not excluded and race. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
_Thread_local pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
long total;
int values[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static void *worker(void *arg) {
  int *chunk = arg;
  long s = 0;
  for (int i = 0; i < 4; i++) s += chunk[i];
  pthread_mutex_lock(&m);
  total += s;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, &values[0]);
  pthread_create(&b, NULL, worker, &values[4]);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (total != 36) reach_error();
  return 0;
}
