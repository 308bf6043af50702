/* TRUTH: racy. case 1 unlocks before jumping to done, where x = 0 runs unlocked on that path (op is 1) */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, op;
void *t(void *p) {
  int held = 1;
  pthread_mutex_lock(&m);
  switch (op) {
  case 0: x += 1; break;
  case 1: pthread_mutex_unlock(&m); held = 0; goto done;
  default: break;
  }
  x += 5;
done:
  x = 0;
  if (held)
    pthread_mutex_unlock(&m);
  return 0;
}
int main(int argc, char **argv) {
  pthread_t a, b;
  op = 1;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
