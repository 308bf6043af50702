/* TRUTH: racy — the pthread_once_t is a local of each thread, so init_table runs in both threads and both write table[] concurrently */
#include <pthread.h>
int table[8];
static void init_table(void) { for (int i = 0; i < 8; i++) table[i] = i * 3; }
void *w(void *a) {
  pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, init_table);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return table[3];
}
