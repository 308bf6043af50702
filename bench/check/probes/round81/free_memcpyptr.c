/* TRUTH: free — main writes data only after join */
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
  pthread_join(t, 0);
  data = 3;
  return data;
}
