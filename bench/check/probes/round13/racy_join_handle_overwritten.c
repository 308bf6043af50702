/* racy: one pthread_t variable is reused in the create loop; only the last thread is joined, earlier ones race with main's write of total */
#include <pthread.h>
#define N 3
int total;
void *w(void *p) { (void)p; int v = total; (void)v; return NULL; }
int main(void) {
  pthread_t t;
  for (int i = 0; i < N; i++) pthread_create(&t, NULL, w, NULL);
  pthread_join(t, NULL);
  total = 10;
  return 0;
}
