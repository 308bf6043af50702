/* TRUTH: racy — both workers do counter++ with no lock and no atomics */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int counter = 0;

void *worker(void *arg) {
  for (int i = 0; i < 3; i++)
    counter++;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (counter > 6) reach_error();
  return 0;
}
