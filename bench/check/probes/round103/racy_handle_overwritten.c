/* TRUTH: racy — both threads are created into the same pthread_t 't', so only the second is joined; the first's write to out[0] races with main's read */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


int out[2];

void *task(void *arg) {
  long id = (long)arg;
  out[id] = (int)(id + 5);
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, task, (void *)0L);
  pthread_create(&t, 0, task, (void *)1L);
  pthread_join(t, 0);
  return out[0] + out[1];
}
