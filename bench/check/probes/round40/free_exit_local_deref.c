/* TRUTH: free — v = 1 and *p reads it (p = &v, private): pthread_exit always runs, g++ (line 10) never runs. */
#include <pthread.h>
int g;
void *w(void *x) {
  int v = 1;
  int *p = &v;
  if (*p)
    pthread_exit(0);
  (void)x;
  g++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
