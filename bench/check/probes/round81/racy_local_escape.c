/* TRUTH: racy — main's local loc published via global gp; worker writes *gp while main writes loc */
#include <pthread.h>
int *gp;
void *w(void *a) { *gp = 1; return 0; }
int main(void) {
  pthread_t t;
  int loc = 0;
  gp = &loc;
  pthread_create(&t, 0, w, 0);
  loc = 2;
  pthread_join(t, 0);
  return loc;
}
