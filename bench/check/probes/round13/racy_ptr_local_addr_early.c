/* racy: main reads its local (whose address the thread writes through) before joining */
#include <pthread.h>
void *w(void *p) { int *x = p; *x += 41; return NULL; }
int main(void) {
  int local = 1;
  pthread_t t;
  pthread_create(&t, NULL, w, &local);
  int seen = local;
  pthread_join(t, NULL);
  return seen;
}
