/* TRUTH: racy — n starts 3 but memset(&n, 0, ...) clears it, so pthread_exit is skipped and g++ (line 11) runs in both threads. */
#include <pthread.h>
#include <string.h>
int g;
static void clear(int *q) { memset(q, 0, sizeof *q); }
void *w(void *x) {
  int n = 3;
  clear(&n);
  if (n > 2)
    pthread_exit(0);
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
