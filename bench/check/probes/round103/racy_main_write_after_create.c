/* TRUTH: racy — main updates 'limit' after creating the worker that reads it */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


int limit = 10;
int used;

void *worker(void *arg) {
  for (int i = 0; i < limit; i++)
    used = i;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  limit = 5;
  pthread_join(t, 0);
  return used;
}
