/* racy: main joins t[0] twice (typo) instead of t[1]; thread 1's write to flag races with main's read */
#include <pthread.h>
int flag[2];
void *w(void *p) { long i = (long)p; flag[i] = 1; return NULL; }
int main(void) {
  pthread_t t[2];
  pthread_create(&t[0], NULL, w, (void *)0L);
  pthread_create(&t[1], NULL, w, (void *)1L);
  pthread_join(t[0], NULL);
  pthread_join(t[0], NULL);
  return flag[0] + flag[1];
}
