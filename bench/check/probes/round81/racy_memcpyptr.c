/* TRUTH: racy — q obtained by memcpy of p (=&data); worker writes *q, main writes data before join */
#include <pthread.h>
#include <string.h>
int data;
int *p = &data;
int *q;
void *w(void *a) { *q = 7; return 0; }
int main(void) {
  pthread_t t;
  memcpy(&q, &p, sizeof q);
  pthread_create(&t, 0, w, 0);
  data = 3;
  pthread_join(t, 0);
  return data;
}
