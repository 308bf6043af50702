// free: worker writes res then calls pthread_exit; main joins before reading res.
#include <pthread.h>
int res;
void *w(void *a) {
  res = 42;
  pthread_exit(0);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  return res;
}
