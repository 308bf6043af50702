/* TRUTH: race-free. gotos out of switch cases to a common label; x only touched under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, op;
void *t(void *p) {
  pthread_mutex_lock(&m);
  switch (op) {
  case 0: x += 1; goto done;
  case 1: x += 2; goto done;
  case 2: x -= 1; goto done;
  default: break;
  }
  x = 0;
done:
  pthread_mutex_unlock(&m);
  return 0;
}
int main(int argc, char **argv) {
  pthread_t a, b;
  op = argc;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
