/* TRUTH: free — as racy_escape_memcpy_ptr, but main writes v only after pthread_join (line 15); the thread's *gp = 1 (line 6) is ordered before it. */
#include <pthread.h>
#include <string.h>
int *gp;
void *w(void *x) {
  *gp = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  int *p = &v;
  memcpy(&gp, &p, sizeof p);
  pthread_create(&t1, 0, w, 0);
  pthread_join(t1, 0);
  v = 2;
  return v;
}
