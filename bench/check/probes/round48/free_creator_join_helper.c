/* TRUTH: free — finish() joins the first worker before main creates the second, so the two x++ never run at once */
#include <pthread.h>
int x;
void *w(void *a) { x++; return 0; }
static void finish(pthread_t t) { pthread_join(t, 0); }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  finish(t1);
  pthread_create(&t2, 0, w, 0);
  finish(t2);
  return x;
}
