/* TRUTH: racy — workers get 2 and 3 and write slot[id / 2]: both write slot[1]. */
#include <pthread.h>
static int slot[4];
static void *w(void *p) {
  long id = (long)p;
  slot[id / 2] = (int)id;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)2);
  pthread_create(&b, 0, w, (void *)3);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return slot[1];
}
