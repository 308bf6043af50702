/* TRUTH: racy — next_id() keeps a function-static counter; both threads call it without a lock, so seq++ races */
#include <pthread.h>
static int next_id(void) { static int seq; return ++seq; }
int ids[2];
void *w(void *a) { long i = (long)a; ids[i] = next_id(); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)0);
  pthread_create(&y, 0, w, (void *)1);
  pthread_join(x, 0); pthread_join(y, 0);
  return ids[0] + ids[1];
}
