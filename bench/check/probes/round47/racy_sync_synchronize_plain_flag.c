/* TRUTH: racy — full fences (__sync_synchronize) do not make the plain accesses to 'go' and 'val' atomic; they are conflicting non-atomic accesses */
#include <pthread.h>
int go, val;
void *pub(void *a) {
  val = 5;
  __sync_synchronize();
  go = 1;
  return 0;
}
void *sub(void *a) {
  int i, r = 0;
  for (i = 0; i < 100; i++) {
    if (go) {
      __sync_synchronize();
      r = val;
      break;
    }
  }
  return (void *)(long)r;
}
int main(void) {
  pthread_t p, s;
  pthread_create(&p, 0, pub, 0);
  pthread_create(&s, 0, sub, 0);
  pthread_join(p, 0);
  pthread_join(s, 0);
  return 0;
}
