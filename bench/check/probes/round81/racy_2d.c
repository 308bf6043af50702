/* TRUTH: racy — worker with id 1 and worker with id 3 both do m[k&1][0] += 1 on m[1][0] unsynchronized */
#include <pthread.h>
int m[2][2];
void *w(void *p) { long k = (long)p; m[k & 1][0] += 1; return 0; }
int main(void) {
  pthread_t t[2];
  pthread_create(&t[0], 0, w, (void *)1);
  pthread_create(&t[1], 0, w, (void *)3);
  pthread_join(t[0], 0); pthread_join(t[1], 0);
  return m[1][0];
}
