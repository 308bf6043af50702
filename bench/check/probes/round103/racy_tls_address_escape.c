/* TRUTH: racy — the owner passes &mine (its _Thread_local) to a helper thread; both write it before the owner joins the helper */
#include <pthread.h>

_Thread_local int mine;

void *helper(void *arg) {
  int *p = arg;
  *p = -1;
  return 0;
}

void *owner(void *arg) {
  pthread_t h;
  pthread_create(&h, 0, helper, &mine);
  mine = 5;
  pthread_join(h, 0);
  return (void *)(long)mine;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, owner, 0);
  pthread_create(&b, 0, owner, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
