/* TRUTH: free — the outer n is 3 (the inner block's n is a different object); n > 2 holds, pthread_exit runs, g++ (line 10) never runs. */
#include <pthread.h>
int g;
void *w(void *x) {
  int n = 3;
  { int n = 1; n++; n--; (void)n; }
  if (n > 2)
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
