/* TRUTH: racy. x == 255 starts the thread; x++ wraps the unsigned char to 0, so x == 256
   is false and the join is skipped: main's write races. */
#include <pthread.h>
extern int nondet(void);
int shared;
void *worker(void *arg) { shared = 1; return NULL; }
int main(void) {
  pthread_t t;
  unsigned char x = (unsigned char)nondet();
  if (x == 255) pthread_create(&t, NULL, worker, NULL);
  x++;
  if (x == 256) pthread_join(t, NULL);
  shared = 2;
  return 0;
}
