/* TRUTH: racy. Lazy init through function-static state with no lock at all. */
#include <pthread.h>
static int *table_get(void) {
  static int ready;
  static int table[16];
  if (!ready) { for (int i = 0; i < 16; i++) table[i] = i * i; ready = 1; }
  return table;
}
void *user(void *arg) { return (void *)(long)table_get()[5]; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, NULL);
  pthread_create(&y, NULL, user, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
