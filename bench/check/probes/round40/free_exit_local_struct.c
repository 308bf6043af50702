/* TRUTH: free — local struct s = {1}: s.on is 1 in every run, pthread_exit always runs, g++ (line 10) never runs. */
#include <pthread.h>
struct F { int on; };
int g;
void *w(void *x) {
  struct F s = {1};
  if (s.on)
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
