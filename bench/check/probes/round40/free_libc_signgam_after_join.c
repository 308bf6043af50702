/* TRUTH: free — main reads signgam (line 11) only after joining the thread whose lgamma wrote it (line 6). */
#include <pthread.h>
#include <math.h>
int s;
double d;
void *w(void *x) { d = lgamma(-0.5); return 0; }
int main(void) {
  pthread_t t1;
  pthread_create(&t1, 0, w, 0);
  pthread_join(t1, 0);
  s = signgam;
  return s;
}
