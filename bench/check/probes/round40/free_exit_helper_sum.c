/* TRUTH: free — sum(4) returns 0+1+2+3 = 6 in every run: pthread_exit always runs, g++ (line 10) never runs. */
#include <pthread.h>
int g;
static int sum(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
void *w(void *x) {
  int s = sum(4);
  if (s == 6)
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
