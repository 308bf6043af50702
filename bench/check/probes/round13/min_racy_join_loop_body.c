/* racy: in iteration i=0 main reads b[1] after joining only t[0]; thread 1 may still be writing b[1] */
#include <pthread.h>
int b[2];
void *w(void *p) { b[(long)p] = 1; return 0; }
int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, w, (void *)i);
  int s = 0;
  for (int i = 0; i < 2; i++) { pthread_join(t[i], 0); s += b[1]; }
  return s;
}
