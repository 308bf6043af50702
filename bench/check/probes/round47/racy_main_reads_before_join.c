/* TRUTH: racy — main reads progress while the worker may still be writing it (join comes after the read) */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }
int progress;
void *work(void *a) {
  int i;
  for (i = 0; i < 5; i++) progress = i;
  return 0;
}
int main(void) {
  pthread_t t;
  int snap;
  pthread_create(&t, 0, work, 0);
  snap = progress;
  pthread_join(t, 0);
  if (snap > 4) reach_error();
  return 0;
}
