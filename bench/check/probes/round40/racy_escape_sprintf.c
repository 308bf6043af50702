/* TRUTH: racy — &v is sprintf'd "%p" into global buf; the thread sscanf's it back and writes *p (line 9) while main writes v (line 17). */
#include <pthread.h>
#include <stdio.h>
char buf[64];
void *w(void *x) {
  void *q = 0;
  sscanf(buf, "%p", &q);
  int *p = q;
  *p = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  sprintf(buf, "%p", (void *)&v);
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
