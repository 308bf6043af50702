/* TRUTH: racy — both threads are given (void*)1 and write slot[1] */
#include <pthread.h>
int slot[4];
void *w(void *arg) { long id = (long)arg; slot[id] = (int)id * 10; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return slot[1];
}
