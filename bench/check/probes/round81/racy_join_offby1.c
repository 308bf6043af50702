/* TRUTH: racy — 3 workers each write res[i]; main joins only t[0], t[1] then reads res[2], racing with worker 2 write */
#include <pthread.h>
int res[3];
void *w(void *a) { long i = (long)a; res[i] = (int)i * 10; return 0; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return res[0] + res[1] + res[2];
}
