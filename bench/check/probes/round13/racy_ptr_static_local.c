/* racy: count is a static local, shared by both threads running w */
#include <pthread.h>
int results[2];
void *w(void *p) {
  long id = (long)p;
  static int count = 0;
  for (int i = 0; i < 10; i++) count += i;
  results[id] = count;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return results[0];
}
