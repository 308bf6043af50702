/* TRUTH: free — parent thread writes shared before creating child; child writes after; parent joins child before reading; main joins parent before reading */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int shared;

void *child(void *arg) {
  shared = shared * 2;
  return 0;
}

void *parent(void *arg) {
  pthread_t c;
  shared = 21;
  pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  shared++;
  return 0;
}

int main(void) {
  pthread_t p;
  pthread_create(&p, 0, parent, 0);
  pthread_join(p, 0);
  if (shared != 43) reach_error();
  return 0;
}
