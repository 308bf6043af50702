/* TRUTH: racy — main reads 'result' after create but before join while the thread writes it */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int result;

void *compute(void *arg) {
  int n = *(int *)arg;
  result = n * 2;
  return 0;
}

int main(void) {
  pthread_t t;
  int n = 21;
  pthread_create(&t, 0, compute, &n);
  int r = result;
  pthread_join(t, 0);
  if (r != 0 && r != 42) reach_error();
  return 0;
}
